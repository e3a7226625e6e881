"""weft's JSON encoder (json.encoder): https://docs.python.org/3.11/library/json.html"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_BASIC = {}
for _i in range(0x20):
    _BASIC[_i] = '\\u%04x' % _i
_BASIC[ord('\b')] = '\\b'
_BASIC[ord('\f')] = '\\f'
_BASIC[ord('\n')] = '\\n'
_BASIC[ord('\r')] = '\\r'
_BASIC[ord('\t')] = '\\t'
_BASIC[ord('"')] = '\\"'
_BASIC[ord('\\')] = '\\\\'
_ASCII = dict(_BASIC)
_ASCII[0x7f] = '\\u007f'
del _i


def encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept)."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + s.translate(_BASIC) + '"'


def _escape_nonascii(c):
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if s.isascii():
        if s.isprintable() and '"' not in s and '\\' not in s:
            return '"' + s + '"'
        return '"' + s.translate(_ASCII) + '"'
    t = s.translate(_ASCII)
    return '"' + ''.join([c if c < '\x80' else _escape_nonascii(c) for c in t]) + '"'


c_make_encoder = None
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
try:
    import _json as _native
except ImportError:
    _native = None
if _native is not None:
    c_encode_basestring = encode_basestring = _native.encode_basestring
    c_encode_basestring_ascii = encode_basestring_ascii = _native.encode_basestring_ascii
else:
    c_encode_basestring = None
    c_encode_basestring_ascii = None


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding each string representation as available."""
        if _native is not None:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            ctx = (self.check_circular, self.default, self.ensure_ascii, indent,
                   self.key_separator, self.item_separator, self.sort_keys,
                   self.skipkeys, self.allow_nan)
            if _one_shot:
                return [_native.encode(o, ctx)]
            chunks, exc = _native.encode(o, ctx, True)
            return _chunks_then(chunks, exc)
        if not _one_shot:
            from json._iterencode import iterencode
            return iterencode(self, o)
        chunks = []
        _encode_into(self, o, chunks)
        return chunks


def _chunks_then(chunks, exc):
    yield from chunks
    if exc is not None:
        raise exc


def _floatstr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def _encode_into(enc, o, chunks):
    markers = {} if enc.check_circular else None
    encode_str = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
    indent = enc.indent
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    item_sep = enc.item_separator
    key_sep = enc.key_separator
    sort_keys = enc.sort_keys
    skipkeys = enc.skipkeys
    allow_nan = enc.allow_nan
    default = enc.default
    append = chunks.append
    int_repr = int.__repr__

    def enc_list(lst, level):
        if not lst:
            append('[]')
            return
        if markers is not None:
            mid = id(lst)
            if mid in markers:
                raise ValueError("Circular reference detected")
            markers[mid] = lst
        if indent is not None:
            level += 1
            nl = '\n' + indent * level
            sep = item_sep + nl
            append('[' + nl)
        else:
            nl = None
            sep = item_sep
            append('[')
        first = True
        for v in lst:
            if first:
                first = False
            else:
                append(sep)
            if isinstance(v, str):
                append(encode_str(v))
            elif v is None:
                append('null')
            elif v is True:
                append('true')
            elif v is False:
                append('false')
            elif isinstance(v, int):
                append(int_repr(v))
            elif isinstance(v, float):
                append(_floatstr(v, allow_nan))
            elif isinstance(v, (list, tuple)):
                enc_list(v, level)
            elif isinstance(v, dict):
                enc_dict(v, level)
            else:
                enc_other(v, level)
        if nl is not None:
            append('\n' + indent * (level - 1) + ']')
        else:
            append(']')
        if markers is not None:
            del markers[mid]

    def enc_dict(dct, level):
        if not dct:
            append('{}')
            return
        if markers is not None:
            mid = id(dct)
            if mid in markers:
                raise ValueError("Circular reference detected")
            markers[mid] = dct
        if indent is not None:
            level += 1
            nl = '\n' + indent * level
            sep = item_sep + nl
            append('{' + nl)
        else:
            nl = None
            sep = item_sep
            append('{')
        first = True
        if sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = _floatstr(k, allow_nan)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = int_repr(k)
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {k.__class__.__name__}')
            if first:
                first = False
            else:
                append(sep)
            append(encode_str(k))
            append(key_sep)
            if isinstance(v, str):
                append(encode_str(v))
            elif v is None:
                append('null')
            elif v is True:
                append('true')
            elif v is False:
                append('false')
            elif isinstance(v, int):
                append(int_repr(v))
            elif isinstance(v, float):
                append(_floatstr(v, allow_nan))
            elif isinstance(v, (list, tuple)):
                enc_list(v, level)
            elif isinstance(v, dict):
                enc_dict(v, level)
            else:
                enc_other(v, level)
        if nl is not None:
            append('\n' + indent * (level - 1) + '}')
        else:
            append('}')
        if markers is not None:
            del markers[mid]

    def enc_other(o, level):
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError("Circular reference detected")
            markers[mid] = o
        enc_value(default(o), level)
        if markers is not None:
            del markers[mid]

    def enc_value(o, level):
        if isinstance(o, str):
            append(encode_str(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif isinstance(o, int):
            append(int_repr(o))
        elif isinstance(o, float):
            append(_floatstr(o, allow_nan))
        elif isinstance(o, (list, tuple)):
            enc_list(o, level)
        elif isinstance(o, dict):
            enc_dict(o, level)
        else:
            enc_other(o, level)

    enc_value(o, 0)
