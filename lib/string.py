"""Common string operations: constants, Formatter, Template (weft's own implementation).

Follows https://docs.python.org/3.11/library/string.html
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
# Template

_sentinel_dict = {}


class _ChainLookup:
    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class _TemplatePattern:
    """Class attribute giving each Template class its compiled pattern (built lazily)."""

    def __get__(self, instance, owner):
        return owner._compiled_pattern()


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # r'[a-z]' matches to non-ASCII letters when used with IGNORECASE, but
    # without the ASCII flag.  We can't add re.ASCII to flags because of
    # backward compatibility.  So we use the ?a local flag and [a-z] pattern.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2   # re.IGNORECASE
    pattern = _TemplatePattern()

    @classmethod
    def _compiled_pattern(cls):
        cached = cls.__dict__.get('_weft_compiled')
        if cached is not None:
            return cached
        import re
        source = None
        for c in cls.__mro__:
            if 'pattern' in c.__dict__:
                source = c.__dict__['pattern']
                break
        if isinstance(source, _TemplatePattern) or source is None:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            source = (r'%s(?:' 
                      r'(?P<escaped>%s)|'
                      r'(?P<named>%s)|'
                      r'{(?P<braced>%s)}|'
                      r'(?P<invalid>)'
                      r')') % (delim, delim, id, bid)
        if isinstance(source, str):
            compiled = re.compile(source, cls.flags | re.VERBOSE)
        else:
            compiled = source
        setattr(cls, '_weft_compiled', compiled)
        return compiled

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__ and not isinstance(cls.__dict__['pattern'], _TemplatePattern):
            source = cls.__dict__['pattern']
            cls.pattern = _TemplatePattern()
            cls._weft_compiled = None
            if isinstance(source, str):
                import re
                cls._weft_compiled = re.compile(source, cls.flags | re.VERBOSE)
            else:
                cls._weft_compiled = source

    def __init__(self, template):
        self.template = template

    # Search for $$, $identifier, ${identifier}, and any bare $'s

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None
                    and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None
                    and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return ids


####################################################################
# Formatter

def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) like str.format's parser."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            # plain text up to the end
            yield (s[start:i], None, None, None)
            return
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            # escaped brace: the literal includes one brace
            i += 1
            yield (s[start:i - 1], None, None, None)
            continue
        literal = s[start:i - 1]
        # a field: find its extent
        fstart = i
        count = 1
        in_name = True
        bang = -1
        fend = -1
        while i < n:
            c = s[i]
            i += 1
            if in_name:
                if c == '[':
                    while i < n and s[i] != ']':
                        i += 1
                    if i < n:
                        i += 1
                    continue
                if c == '{':
                    raise ValueError("unexpected '{' in field name")
                if c == '!':
                    in_name = False
                    bang = i
                    if i < n:
                        i += 1      # the conversion character, whatever it is
                    continue
                if c == ':':
                    in_name = False
                    continue
                if c == '}':
                    fend = i - 1
                    break
                continue
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    fend = i - 1
                    break
        if fend < 0:
            if bang >= 0:
                if bang >= n:
                    raise ValueError('end of string while looking for conversion specifier')
                if bang + 1 < n and s[bang + 1] != ':':
                    raise ValueError("expected ':' after conversion specifier")
            if in_name:
                raise ValueError("expected '}' before end of string")
            raise ValueError("unmatched '{' in format spec")
        field = s[fstart:fend]
        # split the field into name, conversion and spec
        j = 0
        m = len(field)
        while j < m:
            c = field[j]
            if c == '[':
                while j < m and field[j] != ']':
                    j += 1
                if j < m:
                    j += 1
                continue
            if c == '!' or c == ':':
                break
            j += 1
        name = field[:j]
        conversion = None
        spec = ''
        if j < m:
            if field[j] == '!':
                if j + 1 >= m:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = field[j + 1]
                k = j + 2
                if k < m:
                    if field[k] != ':':
                        raise ValueError("expected ':' after conversion specifier")
                    spec = field[k + 1:]
            else:
                spec = field[j + 1:]
        yield (literal, name, spec, conversion)


def _field_name_split(name):
    """Split 'a.b[c]' into ('a', [(True, 'b'), (False, 'c')]) like str.format does."""
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    if first and first.isdigit() and first.isascii():
        first = int(first)
    elif first and all(ch.isdecimal() for ch in first):
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            attr = name[start:i]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
            if not key:
                raise ValueError('Empty attribute in format string')
            if all(ch.isdecimal() for ch in key):
                key = int(key)
            rest.append((False, key))
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _parse_format(format_string)

    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
