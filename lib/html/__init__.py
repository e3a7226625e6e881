"""html -- escaping and unescaping HTML text (weft's own implementation).

Follows https://docs.python.org/3.11/library/html.html; character references are
resolved as the HTML5 specification says (named references, including the ones that may
omit their semicolon, and numeric references with the spec's replacement rules).
"""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, with quote, " and ') by HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references to these code points mean the windows-1252 character instead
# (HTML5 "numeric character reference end state").
_replaced_refs = {0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
                  0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
                  0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
                  0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
                  0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013',
                  0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
                  0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178'}


def _dropped(cp):
    """Code points whose numeric references vanish (controls and noncharacters)."""
    if 0x1 <= cp <= 0x8 or cp == 0xb or 0xe <= cp <= 0x1f or 0x7f <= cp <= 0x9f:
        return True
    if 0xfdd0 <= cp <= 0xfdef:
        return True
    return (cp & 0xfffe) == 0xfffe


def _replace_ref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _replaced_refs:
            return _replaced_refs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if _dropped(num):
            return ''
        return chr(num)
    from html.entities import html5
    if s in html5:
        return html5[s]
    # the longest known prefix (some references may omit the ';')
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in html5:
            return html5[s[:x]] + s[x:]
    return '&' + s


_charref = None


def unescape(s):
    """Replace every character reference (&gt;, &#62;, &#x3e;, ...) by its character."""
    global _charref
    if '&' not in s:
        return s
    if _charref is None:
        import re
        _charref = re.compile(r'&(#[0-9]+;?'
                              r'|#[xX][0-9a-fA-F]+;?'
                              r'|[^\t\n\f <&#;]{1,32};?)')
    return _charref.sub(_replace_ref, s)
