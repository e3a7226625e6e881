"""weft's csv module: CSV file reading and writing. https://docs.python.org/3.11/library/csv.html"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}


try:
    import _csv as _native
except ImportError:
    _native = None


def field_size_limit(*args):
    """Return the current maximum field size; with an argument, set it."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError("limit must be an integer")
        if _native is not None:
            _native.set_field_limit(new)
        _field_limit = new
    return old


_UNSET = object()


def _char(name, v, default):
    if v is _UNSET:
        return default
    if not isinstance(v, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


def _char_or_none(name, v, default):
    if v is _UNSET:
        return default
    if v is None:
        return None
    if not isinstance(v, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Dialect(object):
    """A validated, read-only CSV dialect (CPython's _csv.Dialect)."""
    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        vals = {}
        for name in _ATTRS:
            v = kwargs.get(name, _UNSET)
            if v is _UNSET and dialect is not None:
                v = getattr(dialect, name, _UNSET)
            vals[name] = v
        self._delimiter = _char('delimiter', vals['delimiter'], ',')
        v = vals['doublequote']
        self._doublequote = True if v is _UNSET else bool(v)
        self._escapechar = _char_or_none('escapechar', vals['escapechar'], None)
        v = vals['lineterminator']
        if v is _UNSET:
            v = '\r\n'
        elif v is not None and not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = v
        quotechar_given = vals['quotechar']
        self._quotechar = _char_or_none('quotechar', quotechar_given, '"')
        v = vals['quoting']
        if v is _UNSET:
            quoting = QUOTE_MINIMAL
        else:
            if not isinstance(v, int):
                raise TypeError('"quoting" must be an integer')
            if v not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
                raise TypeError('bad "quoting" value')
            quoting = v
        v = vals['skipinitialspace']
        self._skipinitialspace = False if v is _UNSET else bool(v)
        v = vals['strict']
        self._strict = False if v is _UNSET else bool(v)
        if quotechar_given is None and vals['quoting'] is _UNSET:
            quoting = QUOTE_NONE
        self._quoting = quoting
        if quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._lineterminator is None:
            raise TypeError("lineterminator must be set")

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


_Dialect.__name__ = 'Dialect'
_Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'

_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    """Associate dialect with name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    """Delete the dialect registered under name."""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """Return the dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all registered dialect names."""
    return list(_dialects)


# reader states
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_NL_MSG = "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?"


class Reader(object):
    """CSV reader: iterate over it to get rows as lists of strings."""

    def __init__(self, iterable, dialect=None, **kwargs):
        self._it = iter(iterable)
        self.dialect = d = _make_dialect(dialect, kwargs)
        self.line_num = 0
        self._delim = d.delimiter
        self._quote = d.quotechar if d.quoting != QUOTE_NONE else None
        self._esc = d.escapechar
        self._quoting = d.quoting
        self._strict = d.strict
        self._skipws = d.skipinitialspace
        self._dq = d.doublequote
        # simple lines (no quote/escape chars) can be split directly
        self._simple = (self._delim not in '\r\n ' and not self._skipws)

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        delim = self._delim
        quote = self._quote
        esc = self._esc
        limit = _field_limit
        nonnumeric = self._quoting == QUOTE_NONNUMERIC
        fields = []
        field = []
        flen = 0
        numeric = False
        state = _START_RECORD
        while True:
            try:
                line = next(it)
            except StopIteration:
                if flen != 0 or state == _IN_QUOTED_FIELD:
                    if self._strict:
                        raise Error("unexpected end of data") from None
                    s = ''.join(field)
                    if numeric:
                        s = float(s)
                    fields.append(s)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            n = len(line)
            if state == _IN_QUOTED_FIELD and esc is None and quote not in line:
                # a whole line inside a quoted (multi-line) field
                field.append(line)
                flen += n
                if flen > limit:
                    raise Error("field larger than field limit (%d)" % limit)
                continue
            if state == _START_RECORD and self._simple and esc is None and (quote is None or quote not in line):
                # fast path: a whole record on one line without quoting
                if line.endswith('\n'):
                    body = line[:-2] if line.endswith('\r\n') else line[:-1]
                elif line.endswith('\r'):
                    body = line[:-1]
                else:
                    body = line
                if '\n' not in body and '\r' not in body:
                    if not body:
                        return fields
                    fields = body.split(delim)
                    if len(body) > limit:
                        for s in fields:
                            if len(s) > limit:
                                if nonnumeric:
                                    # earlier fields are converted first
                                    for t in fields:
                                        if t is s:
                                            break
                                        if t:
                                            float(t)
                                raise Error("field larger than field limit (%d)" % limit)
                    if nonnumeric:
                        fields = [float(s) if s else s for s in fields]
                    return fields
            pos = 0
            nl = -1     # position of the next '\r' or '\n' at or after pos (n if none)
            while pos < n:
                c = line[pos]
                if state == _IN_QUOTED_FIELD:
                    q = line.find(quote, pos) if quote is not None else -1
                    if esc is not None:
                        e = line.find(esc, pos)
                        if e >= 0 and (q < 0 or e < q):
                            q = e
                    if q < 0:
                        if pos < n:
                            field.append(line[pos:] if pos else line)
                            flen += n - pos
                            if flen > limit:
                                raise Error("field larger than field limit (%d)" % limit)
                        pos = n
                        break
                    if q > pos:
                        field.append(line[pos:q])
                        flen += q - pos
                        if flen > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                    if line[q] == esc:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif self._dq:
                        state = _QUOTE_IN_QUOTED_FIELD
                    else:
                        state = _IN_FIELD
                    pos = q + 1
                    continue
                if state == _START_RECORD:
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        pos += 1
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c == '\n' or c == '\r':
                        fields.append('')
                        state = _EAT_CRNL
                        pos += 1
                        continue
                    if c == quote:
                        state = _IN_QUOTED_FIELD
                        pos += 1
                        continue
                    if c == esc:
                        state = _ESCAPED_CHAR
                        pos += 1
                        continue
                    if c == ' ' and self._skipws:
                        pos += 1
                        continue
                    if c == delim:
                        fields.append('')
                        pos += 1
                        continue
                    if nonnumeric:
                        numeric = True
                    state = _IN_FIELD
                    # fall into IN_FIELD scanning
                if state == _IN_FIELD:
                    if nl < pos:
                        a = line.find('\n', pos)
                        b = line.find('\r', pos)
                        if a < 0:
                            nl = b if b >= 0 else n
                        elif b < 0 or a < b:
                            nl = a
                        else:
                            nl = b
                    stop = line.find(delim, pos)
                    if stop < 0 or stop > nl:
                        stop = nl
                    if esc is not None:
                        e = line.find(esc, pos)
                        if 0 <= e < stop:
                            stop = e
                    if stop > pos:
                        field.append(line[pos:stop])
                        flen += stop - pos
                        if flen > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                    if stop >= n:
                        pos = n
                        break
                    c = line[stop]
                    pos = stop + 1
                    if c == delim:
                        s = ''.join(field)
                        if numeric:
                            s = float(s)
                            numeric = False
                        fields.append(s)
                        field = []
                        flen = 0
                        state = _START_FIELD
                    elif c == '\n' or c == '\r':
                        s = ''.join(field)
                        if numeric:
                            s = float(s)
                            numeric = False
                        fields.append(s)
                        field = []
                        flen = 0
                        state = _EAT_CRNL
                    else:
                        state = _ESCAPED_CHAR
                    continue
                if state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quote:
                        field.append(c)
                        flen += 1
                        if flen > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        fields.append(''.join(field))
                        field = []
                        flen = 0
                        state = _START_FIELD
                    elif c == '\n' or c == '\r':
                        fields.append(''.join(field))
                        field = []
                        flen = 0
                        state = _EAT_CRNL
                    elif not self._strict:
                        field.append(c)
                        flen += 1
                        if flen > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                        state = _IN_FIELD
                    else:
                        raise Error("'%c' expected after '%c'" % (delim, quote))
                    pos += 1
                    continue
                if state == _EAT_CRNL:
                    if c == '\n' or c == '\r':
                        pos += 1
                        continue
                    raise Error(_NL_MSG)
                if state == _ESCAPED_CHAR or state == _ESCAPE_IN_QUOTED_FIELD:
                    field.append(c)
                    flen += 1
                    if flen > limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    if state == _ESCAPE_IN_QUOTED_FIELD:
                        state = _IN_QUOTED_FIELD
                    elif c == '\n' or c == '\r':
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        state = _IN_FIELD
                    pos += 1
                    continue
                if state == _AFTER_ESCAPED_CRNL:
                    state = _IN_FIELD
                    continue
                raise Error("unknown state")  # pragma: no cover
            # end of line
            if state == _START_RECORD or state == _IN_QUOTED_FIELD or state == _AFTER_ESCAPED_CRNL:
                if state == _START_RECORD:
                    return fields
                continue
            if state == _EAT_CRNL:
                return fields
            if state == _START_FIELD or state == _IN_FIELD or state == _QUOTE_IN_QUOTED_FIELD:
                s = ''.join(field)
                if numeric:
                    s = float(s)
                    numeric = False
                fields.append(s)
                return fields
            # ESCAPED_CHAR / ESCAPE_IN_QUOTED_FIELD: the line end is taken as '\n'
            field.append('\n')
            flen += 1
            if flen > limit:
                raise Error("field larger than field limit (%d)" % limit)
            state = _IN_QUOTED_FIELD if state == _ESCAPE_IN_QUOTED_FIELD else _IN_FIELD
            if state == _IN_FIELD:
                s = ''.join(field)
                if numeric:
                    s = float(s)
                    numeric = False
                fields.append(s)
                return fields


Reader.__name__ = 'reader'
Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def _is_number(v):
    if isinstance(v, (int, float, complex)):
        return True
    t = type(v)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class Writer(object):
    """CSV writer: writerow()/writerows() format rows onto a file-like object."""

    def __init__(self, fileobj, dialect=None, **kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = d = _make_dialect(dialect, kwargs)
        self._delim = d.delimiter
        self._quote = d.quotechar
        self._esc = d.escapechar
        self._quoting = d.quoting
        self._dq = d.doublequote
        self._lt = d.lineterminator
        special = set(d.lineterminator)
        special.add(d.delimiter)
        if d.quotechar is not None:
            special.add(d.quotechar)
        if d.escapechar is not None:
            special.add(d.escapechar)
        self._special = special

    def _field(self, s, quoted):
        special = self._special
        if not quoted or self._esc is not None or self._quoting == QUOTE_NONE:
            need = False
            for c in s:
                if c in special:
                    need = True
                    break
            if not need:
                if quoted:
                    q = self._quote
                    return q + s + q
                return s
        quote = self._quote
        esc = self._esc
        quoting = self._quoting
        out = []
        for c in s:
            if c in special:
                want_escape = False
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == quote:
                        if self._dq:
                            out.append(quote)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        s = ''.join(out)
        if quoted:
            return quote + s + quote
        return s

    def writerow(self, row):
        """Write row (an iterable of strings or numbers) formatted by the dialect."""
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        quoting = self._quoting
        parts = []
        for f in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(f)
            else:
                quoted = quoting == QUOTE_ALL
            if f is None:
                s = ''
            elif isinstance(f, str):
                s = f
            elif isinstance(f, float):
                s = repr(f)
            else:
                s = str(f)
            parts.append(self._field(s, quoted))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = self._quote + self._quote
        return self._write(self._delim.join(parts) + self._lt)

    def writerows(self, rows):
        """Write every row of rows."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = 'writer'
Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def reader(csvfile, dialect=None, **fmtparams):
    """Return a reader object iterating over lines of csvfile."""
    if _native is None:
        return Reader(csvfile, dialect, **fmtparams)
    d = _make_dialect(dialect, fmtparams)
    return _native.reader(csvfile, d, Error, d.delimiter, d.quotechar, d.escapechar,
                          d.doublequote, d.skipinitialspace, d.quoting, d.strict)


def writer(csvfile, dialect=None, **fmtparams):
    """Return a writer object that writes delimited rows to csvfile."""
    if _native is None:
        return Writer(csvfile, dialect, **fmtparams)
    try:
        csvfile.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    d = _make_dialect(dialect, fmtparams)
    return _native.writer(csvfile, d, Error, d.delimiter, d.quotechar, d.escapechar,
                          d.doublequote, d.skipinitialspace, d.quoting, d.strict,
                          d.lineterminator)


class Dialect:
    """Describe a CSV dialect; subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Read rows as dicts keyed by the field names (the first row by default)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames         # reads the header row if needed
        rdr = self.reader
        row = next(rdr)
        self.line_num = rdr.line_num
        while not row:          # blank lines are skipped (line_num stays)
            row = next(rdr)
        names = self.fieldnames
        result = dict(zip(names, row))
        nnames = len(names)
        nrow = len(row)
        if nrow > nnames:
            result[self.restkey] = row[nnames:]
        elif nrow < nnames:
            rv = self.restval
            for name in names[nrow:]:
                result[name] = rv
        return result


class DictWriter:
    """Write dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        names = self.fieldnames
        return self.writerow(dict(zip(names, names)))

    def _row(self, rowdict):
        names = self.fieldnames
        if self.extrasaction == "raise":
            extra = rowdict.keys() - names
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(map(repr, extra)))
        rv = self.restval
        return (rowdict.get(name, rv) for name in names)

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._row, rowdicts))


def _quote_spans(text, q):
    """Yield (start, end) of the quoted sections of text delimited by q (doubled q inside is kept)."""
    i = 0
    n = len(text)
    while True:
        a = text.find(q, i)
        if a < 0:
            return
        b = a + 1
        while True:
            b = text.find(q, b)
            if b < 0:
                return
            if b + 1 < n and text[b + 1] == q:
                b += 2
                continue
            break
        yield a, b
        i = b + 1


class Sniffer:
    """Deduce the format of a CSV file from a sample (a heuristic)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing sample."""
        quotechar, doublequote, delimiter, skipinitialspace = self._sniff_quoted(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._sniff_counts(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _sniff_quoted(self, data, delimiters):
        # For each quote character, look at what surrounds its quoted sections:
        # the character just before the opening quote (after an optional space)
        # and just after the closing quote are delimiter candidates.
        best = None
        for q in ('"', "'"):
            delims = {}
            spaced = {}
            nspans = 0
            for a, b in _quote_spans(data, q):
                before = None
                space = False
                j = a - 1
                if j >= 0 and data[j] == ' ':
                    space = True
                    j -= 1
                if j >= 0:
                    before = data[j]
                after = data[b + 1] if b + 1 < len(data) else None
                ok_before = before is None or before == '\n' or (not before.isalnum() and before not in '"\'_')
                ok_after = after is None or after == '\n' or after == '\r' or (not after.isalnum() and after not in '"\'_')
                if not (ok_before and ok_after):
                    continue
                nspans += 1
                for ch, sp in ((before, space), (after, False)):
                    if ch is None or ch in '\r\n' or (ch == ' ' and sp):
                        continue
                    if delimiters is not None and ch not in delimiters:
                        continue
                    delims[ch] = delims.get(ch, 0) + 1
                    if sp:
                        spaced[ch] = spaced.get(ch, 0) + 1
            if nspans and (best is None or nspans > best[0]):
                best = (nspans, q, delims, spaced)
        if best is None:
            return ('', False, None, False)
        nspans, q, delims, spaced = best
        if delims:
            delim = max(delims, key=lambda k: (delims[k], -self._rank(k)))
            pre = spaced.get(delim, 0)
            skip = pre > 0 and data.count(delim) == data.count(delim + ' ')
        else:
            delim = ''
            skip = False
        doublequote = False
        for a, b in _quote_spans(data, q):
            if (q + q) in data[a + 1:b]:
                doublequote = True
                break
        return (q, doublequote, delim, skip)

    def _rank(self, ch):
        try:
            return self.preferred.index(ch)
        except ValueError:
            return len(self.preferred)

    def _sniff_counts(self, data, delimiters):
        # A delimiter appears the same number of times on (nearly) every line.
        lines = [ln for ln in data.split('\n') if ln]
        if not lines:
            return ('', False)
        if delimiters is not None:
            candidates = [c for c in delimiters]
        else:
            candidates = [chr(i) for i in range(127)
                          if not chr(i).isalnum() and chr(i) not in '\r\n"\'']
        scored = []
        total = len(lines)
        for ch in candidates:
            counts = {}
            for ln in lines:
                k = ln.count(ch)
                counts[k] = counts.get(k, 0) + 1
            mode, freq = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            if mode == 0:
                continue
            consistency = (freq - (total - freq)) / total
            if consistency >= 0.9 or (total > 1 and freq == total):
                scored.append((consistency, ch, mode))
        if not scored:
            return ('', False)
        top = max(s[0] for s in scored)
        tied = [s for s in scored if s[0] == top]
        tied.sort(key=lambda s: (self._rank(s[1]), -s[2]))
        delim = tied[0][1]
        first = lines[0]
        skip = first.count(delim) == first.count(delim + ' ')
        return (delim, skip)

    def has_header(self, sample):
        """Guess whether the first row of sample is a header row."""
        rows = reader(sample.splitlines(True), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = {}        # column -> 'num', a length, or None when mixed
        seen = 0
        for row in rows:
            if seen > 20:
                break
            seen += 1
            if len(row) != width:
                continue
            for col in range(width):
                if col in kinds and kinds[col] is None:
                    continue
                try:
                    complex(row[col])
                    kind = 'num'
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if col not in kinds:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    kinds[col] = None
        votes = 0
        for col, kind in kinds.items():
            if kind is None:
                continue
            if kind == 'num':
                try:
                    complex(header[col])
                    votes -= 1
                except (ValueError, OverflowError):
                    votes += 1
            elif len(header[col]) != kind:
                votes += 1
            else:
                votes -= 1
        return votes > 0
