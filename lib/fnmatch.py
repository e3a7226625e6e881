"""fnmatch -- Unix filename pattern matching (weft's own implementation).

Follows https://docs.python.org/3.11/library/fnmatch.html
Matching uses a small wildcard matcher of its own (no `re` at import time or
when matching); translate() returns the same regular expression text as
CPython 3.11.
"""

import posixpath as _posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = object()
_ANY = object()
_NEVER = object()
_MAGIC = frozenset('*?[')


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case-sensitive on POSIX)."""
    name = _posixpath.normcase(name)
    pat = _posixpath.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = _posixpath.normcase(pat)
    m = _compile(pat)
    result = []
    for name in names:
        if m(_posixpath.normcase(name)):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile(pat)(name)


# ---------------------------------------------------------------- parsing

def _parse_set(pat, i, n):
    """Parse a [...] set starting after '['.  Returns (stuff, end) or None if unclosed."""
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None
    return pat[i:j], j + 1


def _set_chunks(stuff):
    """Split set contents into chunks joined by range hyphens (as CPython does)."""
    if '-' not in stuff:
        return [stuff]
    chunks = []
    k = 2 if stuff[0] == '!' else 1
    start = 0
    while True:
        k = stuff.find('-', k)
        if k < 0:
            break
        chunks.append(stuff[start:k])
        start = k + 1
        k = k + 3
    chunk = stuff[start:]
    if chunk:
        chunks.append(chunk)
    else:
        chunks[-1] += '-'
    # drop empty ranges (lo > hi)
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


def _class_text(stuff):
    """Set contents as the text of a regular-expression class (as translate makes it)."""
    if '-' not in stuff:
        return stuff.replace('\\', r'\\')
    chunks = _set_chunks(stuff)
    return '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)


def _set_token(stuff):
    """Turn set contents into a matcher token: _NEVER, _ANY or (negate, chars, ranges)."""
    text = _class_text(stuff)
    if not text:
        return _NEVER
    if text == '!':
        return _ANY
    negate = text[0] == '!'
    if negate:
        text = text[1:]
    chars = set()
    ranges = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '\\':
            c = text[i + 1]
            i += 2
        else:
            i += 1
        if i + 1 < n and text[i] == '-':
            d = text[i + 1]
            if d == '\\':
                d = text[i + 2]
                i += 3
            else:
                i += 2
            ranges.append((c, d))
        else:
            chars.add(c)
    return (negate, frozenset(chars), tuple(ranges))


def _tokens(pat):
    toks = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not toks or toks[-1] is not _STAR:
                toks.append(_STAR)
        elif c == '?':
            toks.append(_ANY)
        elif c == '[':
            r = _parse_set(pat, i, n)
            if r is None:
                toks.append('[')
            else:
                stuff, i = r
                toks.append(_set_token(stuff))
        else:
            toks.append(c)
    return toks


def _match_tokens(toks, s):
    ti = si = 0
    nt = len(toks)
    ns = len(s)
    star_ti = -1
    star_si = 0
    while si < ns:
        if ti < nt:
            t = toks[ti]
            if t is _STAR:
                star_ti = ti
                star_si = si
                ti += 1
                continue
            c = s[si]
            if t.__class__ is str:
                ok = t == c
            elif t is _ANY:
                ok = True
            elif t is _NEVER:
                ok = False
            else:
                negate, chars, ranges = t
                ok = c in chars
                if not ok:
                    for lo, hi in ranges:
                        if lo <= c <= hi:
                            ok = True
                            break
                if negate:
                    ok = not ok
            if ok:
                ti += 1
                si += 1
                continue
        if star_ti >= 0:
            star_si += 1
            si = star_si
            ti = star_ti + 1
            continue
        return False
    while ti < nt and toks[ti] is _STAR:
        ti += 1
    return ti == nt


_cache = {}
_CACHE_MAX = 32768


def _compile(pat):
    m = _cache.get(pat)
    if m is not None:
        return m
    if isinstance(pat, bytes):
        spat = str(pat, 'ISO-8859-1')
        inner = _compile_str(spat)

        def m(name, inner=inner):
            return inner(str(name, 'ISO-8859-1'))
    else:
        m = _compile_str(pat)
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[pat] = m
    return m


def _compile_str(pat):
    if not any(c in _MAGIC for c in pat):
        def m(name, pat=pat):
            return name == pat
        return m
    toks = _tokens(pat)
    # fast paths: "*literal" and "literal*"
    if len(toks) >= 1 and toks[0] is _STAR and all(t.__class__ is str for t in toks[1:]):
        suffix = ''.join(toks[1:])

        def m(name, suffix=suffix):
            return name.endswith(suffix)
        return m
    if len(toks) >= 1 and toks[-1] is _STAR and all(t.__class__ is str for t in toks[:-1]):
        prefix = ''.join(toks[:-1])

        def m(name, prefix=prefix):
            return name.startswith(prefix)
        return m

    def m(name, toks=toks):
        return _match_tokens(toks, name)
    return m


# ---------------------------------------------------------------- translate

_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _re_escape(s):
    return ''.join('\\' + c if c in _RE_SPECIAL else c for c in s)


def translate(pat):
    """Translate a shell PATTERN to a regular expression (the same text as CPython)."""
    STAR = _STAR
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if (not res) or res[-1] is not STAR:
                res.append(STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            r = _parse_set(pat, i, n)
            if r is None:
                res.append('\\[')
                continue
            stuff, i = r
            stuff = _class_text(stuff)
            stuff = ''.join('\\' + ch if ch in '&~|' else ch for ch in stuff)
            if not stuff:
                res.append('(?!)')
            elif stuff == '!':
                res.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                res.append(f'[{stuff}]')
        else:
            res.append(_re_escape(c))
    out = []
    i, n = 0, len(res)
    while i < n and res[i] is not STAR:
        out.append(res[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and res[i] is not STAR:
            fixed.append(res[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return fr'(?s:{"".join(out)})\Z'
