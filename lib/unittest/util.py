"""Helpers for weft's unittest: safe reprs and the shortening of long reprs in failure messages.
https://docs.python.org/3.11/library/unittest.html"""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide(s, keep_front, keep_back):
    """Replace the middle of s by '[N chars]' when that saves space."""
    hidden = len(s) - keep_front - keep_back
    if hidden > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_front], hidden, s[len(s) - keep_back:])
    return s


def _shared_prefix(strings):
    first = min(strings)
    last = max(strings)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*args):
    """Reprs of args, shortened together so that their differences stay visible."""
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _shared_prefix(reprs)
    plen = len(prefix)
    room = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        # the differing tails fit: only the shared prefix is elided
        prefix = _elide(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[plen:] for r in reprs)
    prefix = _elide(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _elide(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def _count_diff_all_purpose(actual, expected):
    """[(count in actual, count in expected, element)] for elements whose counts differ (unhashable ok)."""
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


def _count_diff_hashable(actual, expected):
    s = {}
    for x in actual:
        s[x] = s.get(x, 0) + 1
    t = {}
    for x in expected:
        t[x] = t.get(x, 0) + 1
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append((0, cnt_t, elem))
    return result
