"""Regular expression operations (weft implementation over the native `_weft_re` engine).

Follows https://docs.python.org/3.11/library/re.html.
"""

import _weft_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE",
    "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]


class _FlagType(type):
    """The class of `RegexFlag`: iterable and indexable by name, as an enum class is."""

    def __iter__(cls):
        return iter([cls(bit) for bit in cls._names])

    def __len__(cls):
        return len(cls._names)

    def __getitem__(cls, name):
        for bit, n in cls._names.items():
            if n == name:
                return cls(bit)
        raise KeyError(name)

    def __contains__(cls, member):
        return isinstance(member, cls) and int(member) in cls._names

    def __repr__(cls):
        return "<flag 'RegexFlag'>"


class RegexFlag(int, metaclass=_FlagType):
    """An int with CPython's flag names in its repr, and the flag members' `name`,
    `value`, membership and iteration (CPython makes it an `enum.IntFlag`)."""

    _names = {}

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for bit, n in RegexFlag._names.items() if v & bit]
        return "|".join(names) if names else None

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __iter__(self):
        return iter([RegexFlag(bit) for bit in RegexFlag._names if int(self) & bit])

    def __len__(self):
        return sum(1 for bit in RegexFlag._names if int(self) & bit)

    def __bool__(self):
        return int(self) != 0

    def __format__(self, spec):
        return format(repr(self), spec) if not spec else int.__format__(int(self), spec)

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for bit, name in RegexFlag._names.items():
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1FF)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)
# In CPython's definition order, which its repr follows.
RegexFlag._names = {256: "ASCII", 2: "IGNORECASE", 4: "LOCALE", 32: "UNICODE", 8: "MULTILINE",
                    16: "DOTALL", 64: "VERBOSE", 1: "TEMPLATE", 128: "DEBUG"}
for _n in ("NOFLAG", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "ASCII"):
    setattr(RegexFlag, _n, globals()[_n])
del _n


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = "%s at position %d" % (msg, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"


def _to_text(s):
    if isinstance(s, str):
        return s
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s).decode("latin-1")
    raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)


class Match:
    __weft_tpname__ = 're.Match'

    def __init__(self, pattern, string, regs, pos, endpos):
        self.re = pattern
        self.string = string
        self._regs = regs
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            g = int(g)
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError("no such group")
        if isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(g, "__index__"):
            return self._index(g.__index__())
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._regs[2 * i]
        if s < 0:
            return default
        v = self.string[s:self._regs[2 * i + 1]]
        # A bytes pattern's groups are bytes, whatever bytes-like object was searched.
        return v if type(v) is str or type(v) is bytes else bytes(v)

    def _group_py(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            g = args[0]
            r = self._regs
            if type(g) is int and 0 <= g and 2 * g + 2 < len(r) and type(self.string) is str:
                st = r[2 * g]
                return None if st < 0 else self.string[st:r[2 * g + 1]]
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    group = _group_py

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._regs[2 * self._index(group)]

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._regs[2 * i], self._regs[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._regs[2 * i], self._regs[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        li = self._regs[-1]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        return self.re._index_names.get(li)

    def expand(self, template):
        return _expand(self.re, self, template)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._regs[0], self._regs[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_search = _weft_re.search
_new_match = getattr(_weft_re, "new_match", None)
if _new_match is None:
    _new_match = Match
    _fast = False
else:
    _fast = True
    _weft_re.install_match(Match)


def _named_escapes(text, pattern):
    """Replace each \\N{NAME} escape of a str pattern with the \\U escape of its
    character (errors and their positions as CPython's parser reports them)."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '\\' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        if text[i + 1] != 'N':
            out.append(text[i:i + 2])
            i += 2
            continue
        if i + 2 >= n or text[i + 2] != '{':
            raise error("missing {", pattern, i + 2)
        end = text.find('}', i + 3)
        if end == i + 3 or i + 3 >= n:
            raise error("missing character name", pattern, i + 3)
        if end < 0:
            raise error("missing }, unterminated name", pattern, i + 3)
        name = text[i + 3:end]
        try:
            import unicodedata
            ch = unicodedata.lookup(name)
        except KeyError:
            raise error("undefined character name %r" % name, pattern, i) from None
        out.append('\\U%08x' % ord(ch))
        i = end + 1
    return ''.join(out)


class Pattern:
    __weft_tpname__ = 're.Pattern'
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._bytes = not isinstance(pattern, str)
        text = _to_text(pattern)
        user_flags = flags
        if self._bytes:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            flags |= ASCII
        else:
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
        if not self._bytes and '\\N' in text:
            text = _named_escapes(text, pattern)
        if '[' in text:
            _set_warnings(text)
        try:
            regex, fl, ngroups, names, parents = _weft_re.compile(
                text, int(flags) | (1 << 30 if self._bytes else 0))
        except ValueError as e:
            msg, pos = e.args if len(e.args) == 2 else (str(e), None)
            if msg == 'the repetition number is too large':
                raise OverflowError(msg) from None
            raise error(msg, pattern, pos) from None
        if self._bytes and fl & UNICODE and not flags & UNICODE:
            at = text.find('u', text.find('(?'))
            raise error("bad inline flags: cannot use 'u' flag with a bytes pattern", pattern,
                        at + 1 if at >= 0 else None)
        if not self._bytes and fl & LOCALE:
            at = text.find('L', text.find('(?'))
            raise error("bad inline flags: cannot use 'L' flag with a str pattern", pattern,
                        at + 1 if at >= 0 else None)
        if not self._bytes and fl & ASCII and fl & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not self._bytes and not fl & ASCII:
            fl |= UNICODE
        if self._bytes and not user_flags & ASCII:
            fl &= ~ASCII
        self._regex = regex
        self.flags = int(fl)
        self.groups = ngroups
        gi = {}
        for i, n in enumerate(names):
            if n is not None:
                gi[n] = i
        # A dict for lookups (native Match.group reads it), read-only to users.
        self._groupindex = gi
        self._index_names = {i: n for n, i in gi.items()}
        self._parents = parents
        self._nested = any(parents)

    @property
    def groupindex(self):
        # CPython's: a read-only view, or a new empty dict for a pattern without names.
        return _mappingproxy(self._groupindex) if self._groupindex else {}

    def _text(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return _to_text(string)
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def _run(self, string, pos, endpos, mode):
        if type(pos) is not int or (endpos is not None and type(endpos) is not int):
            pos = _as_index(pos)
            endpos = None if endpos is None else _as_index(endpos)
        if type(string) is str and not self._bytes:
            text = string
        else:
            text = self._text(string)
        n = len(text)
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        if pos < 0:
            pos = 0
        if _fast:
            return _weft_re.search(self._regex, text, pos, endpos, mode, Match, self, string)
        regs = _weft_re.search(self._regex, text, pos, endpos, mode)
        if regs is None:
            return None
        return Match(self, string, regs, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        if _fast and type(string) is str and pos == 0 and endpos is None and not self._bytes:
            return _search(self._regex, string, 0, len(string), 0, Match, self, string)
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        if _fast and type(string) is str and pos == 0 and endpos is None and not self._bytes:
            return _search(self._regex, string, 0, len(string), 1, Match, self, string)
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        if _fast and type(string) is str and pos == 0 and endpos is None and not self._bytes:
            return _search(self._regex, string, 0, len(string), 2, Match, self, string)
        return self._run(string, pos, endpos, 2)

    def _spans(self, text, pos, endpos, limit=0):
        """The register tuples of all successive matches (at most `limit` when > 0)."""
        n = len(text)
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        if pos < 0:
            pos = 0
        return _weft_re.scan(self._regex, text, pos, endpos, limit, 0, None, -1)

    def finditer(self, string, pos=0, endpos=None):
        text = self._text(string)
        if type(pos) is not int or (endpos is not None and type(endpos) is not int):
            pos = _as_index(pos)
            endpos = None if endpos is None else _as_index(endpos)
        n = len(text)
        p0 = min(max(pos, 0), n)
        e0 = n if endpos is None else min(max(endpos, 0), n)
        src = bytes(string) if self._bytes and type(string) is not bytes else string
        scan = _weft_re.scan
        regex = self._regex
        batch = 8
        skip = -1
        p = p0
        while p <= e0:
            if _fast:
                found = scan(regex, text, p, e0, batch, 4, None, skip, Match, self, src, p0, e0)
                yield from found
            else:
                found = scan(regex, text, p, e0, batch, 0, None, skip)
                for regs in found:
                    yield Match(self, src, regs, p0, e0)
            if len(found) < batch:
                return
            last = found[-1]
            if _fast:
                last = last._regs
            p = last[1]
            skip = p if last[0] == p else -1
            if batch < 1024:
                batch *= 4

    def findall(self, string, pos=0, endpos=None):
        text = self._text(string)
        if type(pos) is not int or (endpos is not None and type(endpos) is not int):
            pos = _as_index(pos)
            endpos = None if endpos is None else _as_index(endpos)
        if not self._bytes:
            n = len(text)
            if endpos is None or endpos > n:
                endpos = n
            return _weft_re.scan(self._regex, text, max(pos, 0), max(endpos, 0), 0, 1, None, -1)
        src = bytes(string)
        out = []
        g = self.groups
        empty = b""
        for r in self._spans(text, pos, endpos):
            if g == 0:
                out.append(src[r[0]:r[1]])
            elif g == 1:
                out.append(src[r[2]:r[3]] if r[2] >= 0 else empty)
            else:
                out.append(tuple(src[r[2 * k]:r[2 * k + 1]] if r[2 * k] >= 0 else empty
                                 for k in range(1, g + 1)))
        return out

    def split(self, string, maxsplit=0):
        text = self._text(string)
        if maxsplit < 0:
            return [string[:]]
        if not self._bytes:
            return _weft_re.scan(self._regex, text, 0, len(text), maxsplit, 2, None, -1)
        src = bytes(string)
        out = []
        last = 0
        g = self.groups
        for r in self._spans(text, 0, None, maxsplit):
            out.append(src[last:r[0]])
            for k in range(1, g + 1):
                out.append(src[r[2 * k]:r[2 * k + 1]] if r[2 * k] >= 0 else None)
            last = r[1]
        out.append(src[last:])
        return out

    def subn(self, repl, string, count=0):
        text = self._text(string)
        lit = None
        fn = None
        parts = None
        if callable(repl):
            fn = repl
        else:
            _check_type(self, repl)
            if ("\\" if isinstance(repl, str) else b"\\") in repl:
                parts = _compile_template(self, repl)
            else:
                parts = [repl]
        if count < 0:
            return string[:], 0
        if parts is not None and not self._bytes:
            return _weft_re.scan(self._regex, text, 0, len(text), count, 3, parts, -1)
        if _fast and not self._bytes:
            n_all = len(text)
            pieces, n = _weft_re.scan(self._regex, text, 0, n_all, count, 5, fn, -1,
                                      Match, self, string, 0, n_all)
            return string[:0].join(pieces), n
        src = bytes(string) if self._bytes else string
        pieces = []
        last = 0
        n = 0
        n_all = len(text)
        for r in self._spans(text, 0, None, count):
            pieces.append(src[last:r[0]])
            m = _new_match(Match, self, src, r, 0, n_all) if _fast else Match(self, src, r, 0, n_all)
            if parts is not None:
                pieces.append(_apply_template(parts, m))
            else:
                v = fn(m)
                if v is not None:
                    pieces.append(v)
            last = r[1]
            n += 1
        pieces.append(src[last:])
        return src[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~UNICODE
        r = "re.compile(%s" % repr(self.pattern)[:200]
        if flags:
            r += ", %r" % RegexFlag(flags)
        return r + ")"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _Scanner:
    """CPython's scanner: each call goes on where the last match ended (no empty match
    where an empty match just was); after a failure, no more matches."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._text = pattern._text(string)
        self._src = bytes(string) if pattern._bytes and type(string) is not bytes else string
        n = len(self._text)
        self._pos0 = min(max(_as_index(pos), 0), n)
        self._endpos = n if endpos is None else min(max(_as_index(endpos), 0), n)
        self._pos = self._pos0
        self._advance = False

    def _next(self, anchored):
        pos = self._pos
        if pos is None:
            return None
        found = _weft_re.scan(self.pattern._regex, self._text, pos, self._endpos, 1, 0, None,
                              pos if self._advance else -1)
        # The leftmost match found from `pos` is the anchored one when it starts there.
        r = found[0] if found and (not anchored or found[0][0] == pos) else None
        if r is None:
            self._pos = None
            return None
        self._advance = r[0] == r[1]
        self._pos = r[1]
        if _fast:
            return _new_match(Match, self.pattern, self._src, r, self._pos0, self._endpos)
        return Match(self.pattern, self._src, r, self._pos0, self._endpos)

    def search(self):
        return self._next(False)

    def match(self):
        return self._next(True)


_mappingproxy = type(type.__dict__)


def _as_index(v):
    return v if type(v) is int else _operator_index(v)


def _operator_index(v):
    import operator
    return operator.index(v)


def _check_type(p, repl):
    if p._bytes and isinstance(repl, str):
        raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
    if not p._bytes and not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _compile_template(p, template):
    """Parse a replacement template into a list of literal strings and group numbers."""
    is_bytes = not isinstance(template, str)
    t = template.decode("latin-1") if is_bytes else template
    parts = []
    lit = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        i += 1
        if c != "\\":
            lit.append(c)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", template, i - 1)
        c = t[i]
        i += 1
        if c == "g":
            if i >= n or t[i] != "<":
                raise error("missing <", template, i)
            j = t.find(">", i + 1)
            if j < 0:
                raise error("missing >, unterminated name", template, i + 1)
            name = t[i + 1:j]
            if not name:
                raise error("missing group name", template, i + 1)
            if name.isdigit():
                gi = int(name)
                if gi > p.groups:
                    raise error("invalid group reference %d" % gi, template, i + 1)
            elif name.isidentifier():
                if name not in p._groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                gi = p._groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, template, i + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(gi)
            i = j + 1
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and t[i] in "01234567":
                v = v * 8 + int(t[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c.isdigit():
            start = i - 2
            if i < n and t[i].isdigit():
                if c in "01234567" and t[i] in "01234567" and i + 1 < n and t[i + 1] in "01234567":
                    v = int(t[i - 1:i + 2], 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % t[i - 1:i + 2], template, start)
                    lit.append(chr(v))
                    i += 2
                    continue
                gi = int(t[i - 1:i + 1])
                i += 1
            else:
                gi = int(c)
            if gi > p.groups:
                raise error("invalid group reference %d" % gi, template, start + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(gi)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, i - 2)
        else:
            lit.append("\\" + c)
    parts.append("".join(lit))
    if is_bytes:
        parts = [x.encode("latin-1") if isinstance(x, str) else x for x in parts]
    return parts


def _apply_template(parts, m):
    empty = m.string[:0]
    out = []
    for x in parts:
        if isinstance(x, int):
            g = m._get(x)
            if g is not None:
                out.append(g)
        else:
            out.append(x)
    return empty.join(out)


def _expand(p, m, template):
    return _apply_template(_compile_template(p, template), m)


def _set_warnings(text):
    """CPython's FutureWarnings for set syntax that may change meaning: a set opening
    with '[' and doubled '-', '&', '~' or '|' inside a set."""
    found = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '\\':
            i += 2
            continue
        if c != '[':
            i += 1
            continue
        i += 1
        if i < n and text[i] == '[':
            found.append('Possible nested set at position %d' % i)
        if i < n and text[i] == '^':
            i += 1
        first = True
        while i < n:
            c = text[i]
            if c == ']' and not first:
                break
            if c == '\\':
                i += 2
                first = False
                continue
            if not first and c in '-&~|' and i + 1 < n and text[i + 1] == c:
                kind = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference',
                        '|': 'union'}[c]
                found.append('Possible set %s at position %d' % (kind, i))
            first = False
            i += 1
        i += 1
    if found:
        import sys
        import warnings
        f = sys._getframe(1)
        level = 2
        while f is not None and f.f_code.co_filename == __file__:
            f = f.f_back
            level += 1
        for msg in found:
            warnings.warn(msg, FutureWarning, stacklevel=level)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    try:
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


def search(pattern, string, flags=0):
    try:
        p = _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    if _fast and type(string) is str and not p._bytes:
        return _search(p._regex, string, 0, len(string), 0, Match, p, string)
    return p._run(string, 0, None, 0)


def match(pattern, string, flags=0):
    try:
        p = _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    if _fast and type(string) is str and not p._bytes:
        return _search(p._regex, string, 0, len(string), 1, Match, p, string)
    return p._run(string, 0, None, 1)


def fullmatch(pattern, string, flags=0):
    try:
        p = _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    if _fast and type(string) is str and not p._bytes:
        return _search(p._regex, string, 0, len(string), 2, Match, p, string)
    return p._run(string, 0, None, 2)


if hasattr(_weft_re, "module_entry"):
    # Native fronts: a cache hit with str pattern and subject runs no Python frame; any
    # other call goes on to the Python function above.
    search = _weft_re.module_entry(0, search, _cache, Match)
    match = _weft_re.module_entry(1, match, _cache, Match)
    fullmatch = _weft_re.module_entry(2, fullmatch, _cache, Match)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


_special_chars = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _special_chars else c for c in pattern)
    s = pattern.decode("latin-1")
    return "".join("\\" + c if c in _special_chars else c for c in s).encode("latin-1")


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        for i, (phrase, action) in enumerate(lexicon):
            parts.append("(?P<_s%d>%s)" % (i, phrase))
        self.scanner = compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            name = m.lastgroup
            action = self.lexicon[int(name[2:])][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            if i == j:
                break
            i = j
        return result, string[i:]


Pattern.__module__ = "re"
Match.__module__ = "re"
