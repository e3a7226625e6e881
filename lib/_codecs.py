"""weft's _codecs: encode/decode by codec name over str.encode and bytes.decode (the
codecs weft's str and bytes know). https://docs.python.org/3.11/library/codecs.html"""


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj using the codec registered for encoding."""
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj using the codec registered for encoding."""
    if isinstance(obj, str):
        obj = obj.encode('latin-1')
    return bytes(obj).decode(encoding, errors)


_SIMPLE = {'n': 10, 't': 9, 'r': 13, '\\': 92, "'": 39, '"': 34, 'a': 7, 'b': 8,
           'f': 12, 'v': 11, '\n': None}


def escape_decode(data, errors=None):
    """Decode Python bytes-literal escapes; returns (bytes, consumed length)."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 92 or i + 1 >= n:
            if c == 92:
                raise ValueError("Trailing \\ in string")
            out.append(c)
            i += 1
            continue
        e = chr(data[i + 1])
        i += 2
        if e in _SIMPLE:
            if _SIMPLE[e] is not None:
                out.append(_SIMPLE[e])
        elif e in '01234567':
            j = i
            v = int(e)
            while j < n and j < i + 2 and chr(data[j]) in '01234567':
                v = v * 8 + int(chr(data[j]))
                j += 1
            out.append(v & 0xff)
            i = j
        elif e == 'x':
            h = data[i:i + 2].decode('latin-1')
            if len(h) < 2 or any(d not in '0123456789abcdefABCDEF' for d in h):
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            out.append(int(h, 16))
            i += 2
        else:
            out.append(92)
            out.append(ord(e))
    return bytes(out), n
