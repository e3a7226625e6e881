"""Functions creating iterators for efficient looping (weft's own implementation).

Follows https://docs.python.org/3.11/library/itertools.html
The iterators are written in Rust (crates/weft-stdlib/src/itertools.rs), as CPython's
are in C: each step is atomic, so threads sharing one iterator get every item once.
`count` (whose steps are atomic too) and the `tee` function are here.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

from _thread import allocate_lock as _allocate_lock
from _weft_itertools import (
    accumulate, chain, combinations, combinations_with_replacement, compress, cycle,
    dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
    starmap, takewhile, zip_longest, _grouper, _tee)


class _Sentinel:
    """The "no value" marker of the argument binding below."""
    __slots__ = ()


_END = _Sentinel()


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')
            or hasattr(t, '__complex__'))


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        meth = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return meth(v)


def _ssize_index(v):
    """An integer argument CPython reads as a C Py_ssize_t: an int beyond it is an
    OverflowError (not a huge loop)."""
    v = _index(v)
    if not -0x8000000000000000 <= v <= 0x7FFFFFFFFFFFFFFF:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return v


def _clinic(name, args, kw, names, npos, nreq):
    """Bind arguments the way CPython's C constructors do, with their messages
    (_PyArg_UnpackKeywords: counts, then missing arguments, then stray keywords)."""
    total = len(args) + len(kw)
    if total > len(names):
        raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                        % (name, len(names), '' if args else 'keyword ',
                           '' if len(names) == 1 else 's', total))
    if len(args) > npos:
        raise TypeError('%s() takes at most %d positional argument%s (%d given)'
                        % (name, npos, '' if npos == 1 else 's', len(args)))
    vals = list(args) + [_END] * (len(names) - len(args))
    for i in range(len(args), len(names)):
        if names[i] in kw:
            vals[i] = kw[names[i]]
        elif i < nreq:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[i], i + 1))
    for k in kw:
        if k in names[:len(args)]:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, k, names.index(k) + 1))
        if k not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
    return vals


class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    __weft_tpname__ = 'itertools.count'

    def __new__(cls, *args, **kw):
        start, step = _clinic('count', args, kw, ('start', 'step'), 2, 0)
        return cls._make(0 if start is _END else start, 1 if step is _END else step)

    @classmethod
    def _make(cls, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self = object.__new__(cls)
        self._step = step
        # Each step is atomic, as CPython's C `count` under its GIL: `next(ids)` from
        # several threads is the usual way to hand out unique numbers. Machine-sized
        # ints count through a range iterator, whose steps are atomic and cheap; other
        # numbers (and ints once the range is spent) step under a lock (measured: a lock
        # on every step made `count` 2.8 times slower).
        if (isinstance(start, int) and isinstance(step, int) and step
                and -_HALF < start < _HALF and -_STEP < step < _STEP):
            self._range = range(start, _HALF if step > 0 else -_HALF, step)
            self._it = iter(self._range)
            self._value = None
        else:
            self._it = None
            self._value = start
        self._lock = _allocate_lock()
        return self

    @property
    def _cur(self):
        """The next value."""
        it = self._it
        if it is not None:
            r = self._range
            return r.start + (len(r) - it.__length_hint__()) * r.step
        return self._value

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            try:
                return it.__next__()
            except StopIteration:
                pass
        with self._lock:
            if self._it is not None:
                # The range is spent: go on from its end (once, whichever thread).
                r = self._range
                self._value = r.start + len(r) * r.step
                self._it = None
            v = self._value
            self._value = v + self._step
        return v

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cur)
        return '%s(%r, %r)' % (type(self).__name__, self._cur, step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return type(self), (self._cur,)
        return type(self), (self._cur, self._step)


_HALF = 1 << 62
_STEP = 1 << 31


def tee(*args, **kw):
    """Returns a tuple of n independent iterators."""
    if kw:
        raise TypeError('itertools.tee() takes no keyword arguments')
    if not args:
        raise TypeError('tee expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError('tee expected at most 2 arguments, got %d' % len(args))
    iterable = args[0]
    n = _ssize_index(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    copier = getattr(type(it), '__copy__', None)
    if copier is None:
        first = _tee(it)
    else:
        first = it
    # Allocated up front, as CPython's tuple: a count too large fails with MemoryError
    # at once instead of copying iterators until memory runs out.
    result = [first] * n
    for i in range(1, n):
        result[i] = first.__copy__()
    return tuple(result)
