"""weft's binascii: conversions between binary data and ASCII encodings (hex, base64, CRCs).
https://docs.python.org/3.11/library/binascii.html"""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex',
           'hexlify', 'unhexlify', 'crc32', 'crc_hqx', 'a2b_qp', 'b2a_qp']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64CHARS = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64DECODE = [255] * 256
for _i, _c in enumerate(_B64CHARS):
    _B64DECODE[_c] = _i
del _i, _c
_HEXDIGITS = b'0123456789abcdef'


def _data(data):
    """bytes of a bytes-like argument (what binascii's b2a_* functions accept)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ascii_data(data):
    """bytes of an a2b_* argument: bytes-like or an ASCII-only str."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    try:
        return _data(data)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    """Base64-encode data; a newline is appended unless newline=False."""
    data = _data(data)
    out = bytearray()
    n = len(data)
    chars = _B64CHARS
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(chars[v >> 18])
        out.append(chars[(v >> 12) & 63])
        out.append(chars[(v >> 6) & 63])
        out.append(chars[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((chars[v >> 18], chars[(v >> 12) & 63], 61, 61))
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((chars[v >> 18], chars[(v >> 12) & 63], chars[(v >> 6) & 63], 61))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data (non-alphabet characters are skipped unless strict_mode)."""
    data = _ascii_data(data)
    table = _B64DECODE
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    ndata = 0
    n = len(data)
    if strict_mode and n and data[0] == 61:
        raise Error('Leading padding not allowed')
    for i in range(n):
        c = data[i]
        if c == 61:            # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = table[c]
        if v >= 64:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        ndata += 1
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 0xff)
            left = 0
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4' % ndata)
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (optionally grouped with sep)."""
    data = _data(data)
    h = data.hex()
    if sep is None:
        return h.encode('ascii')
    if isinstance(sep, str):
        sep_s = sep
    else:
        sep_s = _data(sep).decode('latin-1')
    if len(sep_s) != 1:
        raise ValueError('sep must be length 1.')
    if not sep_s.isascii():
        raise ValueError('sep must be ASCII.')
    return data.hex(sep_s, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data from hexadecimal digits (an even number of them)."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    s = data.decode('ascii')
    for c in s:
        if c not in '0123456789abcdefABCDEF':
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s)


unhexlify = a2b_hex

_CRC32_TABLE = None


def crc32(data, crc=0):
    """CRC-32 of data, continuing from crc."""
    global _CRC32_TABLE
    if _CRC32_TABLE is None:
        table = []
        for i in range(256):
            c = i
            for _k in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
        _CRC32_TABLE = table
    table = _CRC32_TABLE
    data = _data(data)
    c = (crc & 0xffffffff) ^ 0xffffffff
    for b in data:
        c = table[(c ^ b) & 0xff] ^ (c >> 8)
    return c ^ 0xffffffff


_CRCHQX_TABLE = None


def crc_hqx(data, crc):
    """CRC-CCITT (x^16 + x^12 + x^5 + 1, not reflected) of data, starting from crc."""
    global _CRCHQX_TABLE
    if _CRCHQX_TABLE is None:
        table = []
        for i in range(256):
            c = i << 8
            for _k in range(8):
                c = ((c << 1) ^ 0x1021) if c & 0x8000 else (c << 1)
            table.append(c & 0xffff)
        _CRCHQX_TABLE = table
    table = _CRCHQX_TABLE
    data = _data(data)
    c = crc & 0xffff
    for b in data:
        c = ((c << 8) & 0xff00) ^ table[((c >> 8) ^ b) & 0xff]
    return c


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Quoted-printable encoding of data (basic)."""
    data = _data(data)
    out = []
    line_len = 0
    for i, b in enumerate(data):
        ch = bytes((b,))
        if b == 10 and istext:
            out.append(b'\n')
            line_len = 0
            continue
        if header and b == 32:
            enc = b'_'
        elif (b == 61 or b > 126 or (b < 32 and b not in (9, 13)) or
              (quotetabs and b in (9, 32)) or (header and b == 95) or
              (b in (9, 32) and (i + 1 == len(data) or data[i + 1] == 10))):
            enc = b'=%02X' % b
        else:
            enc = ch
        if line_len + len(enc) > 75:
            out.append(b'=\n')
            line_len = 0
        out.append(enc)
        line_len += len(enc)
    return b''.join(out)


def a2b_qp(data, header=False):
    """Decode quoted-printable data."""
    data = _ascii_data(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 61:
            if i + 1 < n and data[i + 1] == 10:
                i += 2
                continue
            if i + 2 < n:
                h = data[i + 1:i + 3]
                try:
                    out.append(int(h, 16))
                    i += 3
                    continue
                except ValueError:
                    pass
            out.append(b)
            i += 1
        elif header and b == 95:
            out.append(32)
            i += 1
        else:
            out.append(b)
            i += 1
    return bytes(out)
