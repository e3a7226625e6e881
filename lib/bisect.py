"""Bisection algorithms (weft's own implementation).

Follows https://docs.python.org/3.11/library/bisect.html
"""


def _with_fast_paths(_bisect, _insort):
    """The four functions, over the common case in Rust (crates/weft-stdlib/src/bisect.rs):
    an exact list without a key whose items compare natively (ints, floats, strs, tuples
    of those), searched and, for insort, inserted into under one hold of the list's
    lock, so that insort is atomic as CPython's C insort is under the GIL. The helpers
    answer None for anything else. They are the functions' closure variables, not the
    module's globals: CPython's bisect has no such names."""

    def bisect_right(a, x, lo=0, hi=None, *, key=None):
        """Return the index where to insert item x in list a, assuming a is sorted.

        The return value i is such that all e in a[:i] have e <= x, and all e in
        a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
        insert just after the rightmost x already there.

        Optional args lo (default 0) and hi (default len(a)) bound the
        slice of a to be searched.
        """
        if key is None and type(a) is list:
            i = _bisect(a, x, lo, hi, True)
            if i is not None:
                return i
        if lo < 0:
            raise ValueError('lo must be non-negative')
        if hi is None:
            hi = len(a)
        if key is None:
            while lo < hi:
                mid = (lo + hi) // 2
                if x < a[mid]:
                    hi = mid
                else:
                    lo = mid + 1
        else:
            while lo < hi:
                mid = (lo + hi) // 2
                if x < key(a[mid]):
                    hi = mid
                else:
                    lo = mid + 1
        return lo

    def bisect_left(a, x, lo=0, hi=None, *, key=None):
        """Return the index where to insert item x in list a, assuming a is sorted.

        The return value i is such that all e in a[:i] have e < x, and all e in
        a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
        insert just before the leftmost x already there.

        Optional args lo (default 0) and hi (default len(a)) bound the
        slice of a to be searched.
        """
        if key is None and type(a) is list:
            i = _bisect(a, x, lo, hi, False)
            if i is not None:
                return i
        if lo < 0:
            raise ValueError('lo must be non-negative')
        if hi is None:
            hi = len(a)
        if key is None:
            while lo < hi:
                mid = (lo + hi) // 2
                if a[mid] < x:
                    lo = mid + 1
                else:
                    hi = mid
        else:
            while lo < hi:
                mid = (lo + hi) // 2
                if key(a[mid]) < x:
                    lo = mid + 1
                else:
                    hi = mid
        return lo

    def insort_right(a, x, lo=0, hi=None, *, key=None):
        """Insert item x in list a, and keep it sorted assuming a is sorted.

        If x is already in a, insert it to the right of the rightmost x.

        Optional args lo (default 0) and hi (default len(a)) bound the
        slice of a to be searched.
        """
        if key is None:
            if type(a) is list and _insort(a, x, lo, hi, True):
                return
            lo = bisect_right(a, x, lo, hi)
        else:
            lo = bisect_right(a, key(x), lo, hi, key=key)
        a.insert(lo, x)

    def insort_left(a, x, lo=0, hi=None, *, key=None):
        """Insert item x in list a, and keep it sorted assuming a is sorted.

        If x is already in a, insert it to the left of the leftmost x.

        Optional args lo (default 0) and hi (default len(a)) bound the
        slice of a to be searched.
        """
        if key is None:
            if type(a) is list and _insort(a, x, lo, hi, False):
                return
            lo = bisect_left(a, x, lo, hi)
        else:
            lo = bisect_left(a, key(x), lo, hi, key=key)
        a.insert(lo, x)

    fns = bisect_right, bisect_left, insort_right, insort_left
    for f in fns:
        f.__qualname__ = f.__name__
    return fns


from _weft_bisect import _bisect, _insort

bisect_right, bisect_left, insort_right, insort_left = _with_fast_paths(_bisect, _insort)
del _with_fast_paths, _bisect, _insort

bisect = bisect_right
insort = insort_right
