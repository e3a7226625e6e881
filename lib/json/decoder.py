"""weft's JSON decoder (json.decoder): https://docs.python.org/3.11/library/json.html"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno attributes."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_WS = ' \t\n\r'
_DIGITS = '0123456789'


def _hex4(s, upos):
    # upos is the index of the 'u'; returns the code unit or raises
    h = s[upos + 1:upos + 5]
    if len(h) == 4 and h[0] in _HEXDIGITS and h[1] in _HEXDIGITS and h[2] in _HEXDIGITS and h[3] in _HEXDIGITS:
        return int(h, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, upos)


def _has_control(chunk):
    for c in chunk:
        if c < ' ':
            return True
    return False


def scanstring(s, end, strict=True):
    """Scan the string s from index end (just after the opening quote).

    Returns (decoded_str, index_after_closing_quote)."""
    begin = end - 1
    find = s.find
    q = find('"', end)
    if q < 0:
        raise JSONDecodeError("Unterminated string starting at", s, begin)
    chunk = s[end:q]
    if '\\' not in chunk:
        if strict and not chunk.isprintable() and _has_control(chunk):
            for i in range(end, q):
                if s[i] < ' ':
                    raise JSONDecodeError("Invalid control character at", s, i)
        return chunk, q + 1
    parts = []
    append = parts.append
    n = len(s)
    while True:
        q = find('"', end)
        b = find('\\', end)
        if q < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        stop = q if (b < 0 or q < b) else b
        chunk = s[end:stop]
        if strict and not chunk.isprintable() and _has_control(chunk):
            for i in range(end, stop):
                if s[i] < ' ':
                    raise JSONDecodeError("Invalid control character at", s, i)
        if chunk:
            append(chunk)
        if stop == q:
            return ''.join(parts), q + 1
        # backslash at stop
        epos = stop + 1
        if epos >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[epos]
        if esc != 'u':
            try:
                append(_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, stop) from None
            end = epos + 1
        else:
            uni = _hex4(s, epos)
            end = epos + 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                h = s[end + 2:end + 6]
                if len(h) == 4 and h[0] in _HEXDIGITS and h[1] in _HEXDIGITS and h[2] in _HEXDIGITS and h[3] in _HEXDIGITS:
                    uni2 = int(h, 16)
                    if 0xdc00 <= uni2 <= 0xdfff:
                        uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                        end += 6
            append(chr(uni))


try:
    from _json import scan_once as _native_scan
except ImportError:
    _native_scan = None


def _make_scanner(decoder):
    if _native_scan is not None:
        ctx = (bool(decoder.strict), decoder.object_hook, decoder.object_pairs_hook,
               decoder.parse_float, decoder.parse_int, decoder._parse_constant_arg,
               JSONDecodeError)

        def scan_once(s, idx):
            return _native_scan(ctx, s, idx)
        return scan_once
    strict = decoder.strict
    object_hook = decoder.object_hook
    object_pairs_hook = decoder.object_pairs_hook
    parse_float = decoder.parse_float
    parse_int = decoder.parse_int
    parse_constant = decoder.parse_constant
    memo = decoder.memo
    float_is_default = parse_float is float
    int_is_default = parse_int is int
    ws = _WS
    digits = _DIGITS

    def scan_number(s, idx, n):
        start = idx
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = s[idx]
        if c == '0':
            idx += 1
        elif '1' <= c <= '9':
            idx += 1
            while idx < n and s[idx] in digits:
                idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and s[idx + 1] in digits:
            idx += 2
            while idx < n and s[idx] in digits:
                idx += 1
            is_float = True
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e = idx + 1
            if s[e] == '-' or s[e] == '+':
                e += 1
            if e < n and s[e] in digits:
                e += 1
                while e < n and s[e] in digits:
                    e += 1
                idx = e
                is_float = True
        numstr = s[start:idx]
        if is_float:
            if float_is_default:
                return float(numstr), idx
            return parse_float(numstr), idx
        if int_is_default:
            return int(numstr), idx
        return parse_int(numstr), idx

    def scan_once(s, idx):
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c == '{':
            return parse_object(s, idx + 1, n)
        if c == '[':
            return parse_array(s, idx + 1, n)
        if c == 'n':
            if s.startswith('null', idx):
                return None, idx + 4
        elif c == 't':
            if s.startswith('true', idx):
                return True, idx + 4
        elif c == 'f':
            if s.startswith('false', idx):
                return False, idx + 5
        elif c == 'N':
            if s.startswith('NaN', idx):
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s.startswith('Infinity', idx):
                return parse_constant('Infinity'), idx + 8
        elif c == '-':
            if s.startswith('-Infinity', idx):
                return parse_constant('-Infinity'), idx + 9
            return scan_number(s, idx, n)
        elif c in digits:
            return scan_number(s, idx, n)
        raise StopIteration(idx)

    def parse_object(s, idx, n):
        pairs = []
        append = pairs.append
        while idx < n and s[idx] in ws:
            idx += 1
        if idx < n and s[idx] == '}':
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), idx + 1
            d = {}
            if object_hook is not None:
                d = object_hook(d)
            return d, idx + 1
        while True:
            if idx >= n or s[idx] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
            key, idx = scanstring(s, idx + 1, strict)
            key = memo.setdefault(key, key)
            if idx < n and s[idx] == ':':
                idx += 1
            else:
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
            while idx < n and s[idx] in ws:
                idx += 1
            try:
                value, idx = scan_once(s, idx)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            append((key, value))
            while idx < n and s[idx] in ws:
                idx += 1
            if idx < n:
                c = s[idx]
                idx += 1
                if c == '}':
                    break
                if c == ',':
                    while idx < n and s[idx] in ws:
                        idx += 1
                    continue
                idx -= 1
            raise JSONDecodeError("Expecting ',' delimiter", s, idx)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx
        d = dict(pairs)
        if object_hook is not None:
            d = object_hook(d)
        return d, idx

    def parse_array(s, idx, n):
        values = []
        append = values.append
        while idx < n and s[idx] in ws:
            idx += 1
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            try:
                value, idx = scan_once(s, idx)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            append(value)
            while idx < n and s[idx] in ws:
                idx += 1
            if idx < n:
                c = s[idx]
                idx += 1
                if c == ']':
                    return values, idx
                if c == ',':
                    while idx < n and s[idx] in ws:
                        idx += 1
                    continue
                idx -= 1
            raise JSONDecodeError("Expecting ',' delimiter", s, idx)

    def scanner(s, idx):
        try:
            return scan_once(s, idx)
        finally:
            memo.clear()

    return scanner


class JSONDecoder(object):
    """Simple JSON decoder (see the json module documentation)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self._parse_constant_arg = parse_constant or None
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of s (a str holding a JSON document)."""
        n = len(s)
        idx = 0
        while idx < n and s[idx] in _WS:
            idx += 1
        obj, end = self.raw_decode(s, idx)
        while end < n and s[end] in _WS:
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]; return (object, end index)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
