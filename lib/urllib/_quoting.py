"""urllib.parse quoting helpers (quote/unquote families, urlencode, parse_qs/parse_qsl).

Follows https://docs.python.org/3.11/library/urllib.parse.html#url-quoting
"""

from urllib.parse import _coerce_args

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_HEX = '0123456789ABCDEF'
_HEXVAL = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEXVAL[_c] = _i
    _HEXVAL[_c.upper()] = _i
    _HEXVAL[ord(_c)] = _i
    _HEXVAL[ord(_c.upper())] = _i
del _i, _c
_ESC = ['%' + _HEX[b >> 4] + _HEX[b & 15] for b in range(256)]


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    ok = _ALWAYS_SAFE.union(safe)
    out = []
    for b in bs:
        if b in ok:
            out.append(chr(b))
        else:
            out.append(_ESC[b])
    return ''.join(out)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode *string* (str or bytes), leaving ASCII letters, digits, '_.-~' and *safe*."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace spaces with plus signs."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    n = len(string)
    if b'%' not in string:
        return bytes(string)
    out = bytearray()
    i = 0
    hv = _HEXVAL
    while i < n:
        b = string[i]
        if b == 37 and i + 2 < n and string[i + 1] in hv and string[i + 2] in hv:
            out.append(hv[string[i + 1]] * 16 + hv[string[i + 2]])
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    out = []
    buf = bytearray()
    hv = _HEXVAL
    n = len(string)
    i = 0
    while i < n:
        c = string[i]
        if c == '%' and i + 2 < n and string[i + 1] in hv and string[i + 2] in hv \
                and string[i + 1].isascii() and string[i + 2].isascii():
            buf.append(hv[string[i + 1]] * 16 + hv[string[i + 2]])
            i += 3
            continue
        if c < '\x80':
            buf.append(ord(c))
        else:
            if buf:
                out.append(bytes(buf).decode(encoding, errors))
                buf = bytearray()
            out.append(c)
        i += 1
    if buf:
        out.append(bytes(buf).decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a URL query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err
    parts = []
    if not doseq:
        for k, v in query:
            if isinstance(k, bytes):
                k = quote_via(k, safe)
            else:
                k = quote_via(str(k), safe, encoding, errors)
            if isinstance(v, bytes):
                v = quote_via(v, safe)
            else:
                v = quote_via(str(v), safe, encoding, errors)
            parts.append(k + '=' + v)
    else:
        for k, v in query:
            if isinstance(k, bytes):
                k = quote_via(k, safe)
            else:
                k = quote_via(str(k), safe, encoding, errors)
            if isinstance(v, bytes):
                parts.append(k + '=' + quote_via(v, safe))
            elif isinstance(v, str):
                parts.append(k + '=' + quote_via(v, safe, encoding, errors))
            else:
                try:
                    len(v)
                except TypeError:
                    parts.append(k + '=' + quote_via(str(v), safe, encoding, errors))
                else:
                    for elt in v:
                        if isinstance(elt, bytes):
                            elt = quote_via(elt, safe)
                        else:
                            elt = quote_via(str(elt), safe, encoding, errors)
                        parts.append(k + '=' + elt)
    return '&'.join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    result = []
    for name_value in (qs.split(separator) if qs else []):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = _coerce_result(unquote(nv[0].replace('+', ' '),
                                          encoding=encoding, errors=errors))
            value = _coerce_result(unquote(nv[1].replace('+', ' '),
                                           encoding=encoding, errors=errors))
            result.append((name, value))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping names to lists of values."""
    parsed = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in parsed:
            parsed[name].append(value)
        else:
            parsed[name] = [value]
    return parsed
