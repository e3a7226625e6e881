"""Functions creating iterators for efficient looping (weft's own implementation).

Follows https://docs.python.org/3.11/library/itertools.html
Every iterator is a class so that type names and reprs match CPython's.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

from _thread import allocate_lock as _allocate_lock


class _Sentinel:
    """The "no value" marker in the iterators' state; pickles (and copies) as itself."""
    __slots__ = ()

    def __reduce__(self):
        return '_END'


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


def _noargs_kw(name, kw):
    if kw:
        raise TypeError('%s() takes no keyword arguments' % name)


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


def _exactly(name, args, kw, n):
    if kw:
        raise TypeError('%s() takes no keyword arguments' % name)
    if len(args) != n:
        raise TypeError('%s expected %d argument%s, got %d' % (name, n, '' if n == 1 else 's', len(args)))


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


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __weft_tpname__ = 'itertools.cycle'

    def __new__(cls, *args, **kw):
        _noargs_kw('cycle', kw)
        if len(args) != 1:
            raise TypeError('cycle expected 1 argument, got %d' % len(args))
        iterable = args[0]
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._saved = []
        self._pos = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            v = next(it, _END)
            if v is not _END:
                self._saved.append(v)
                return v
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        pos = self._pos
        v = saved[pos]
        pos += 1
        if pos >= len(saved):
            pos = 0
        self._pos = pos
        return v


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __weft_tpname__ = 'itertools.repeat'

    def __new__(cls, *args, **kw):
        args = [v for v in _clinic('repeat', args, kw, ('object', 'times'), 2, 1) if v is not _END]
        self = object.__new__(cls)
        self._obj = args[0]
        if len(args) == 2:
            t = _ssize_index(args[1])
            self._times = t if t > 0 else 0
        else:
            self._times = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._times)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __weft_tpname__ = 'itertools.accumulate'

    def __new__(cls, *args, **kw):
        iterable, func, initial = _clinic('accumulate', args, kw, ('iterable', 'func', 'initial'), 2, 1)
        func = None if func is _END else func
        initial = None if initial is _END else initial
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = func
        self._total = _END
        self._initial = initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        v = next(self._it)
        total = self._total
        if total is _END:
            self._total = v
            return v
        func = self._func
        if func is None:
            total = total + v
        else:
            total = func(total, v)
        self._total = total
        return total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __weft_tpname__ = 'itertools.chain'

    def __new__(cls, *iterables, **kw):
        _noargs_kw('chain', kw)
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        if len(args) != 1:
            raise TypeError('chain.from_iterable() takes exactly one argument (%d given)' % len(args))
        iterable = args[0]
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is not None:
                v = next(active, _END)
                if v is not _END:
                    return v
                self._active = None
            src = self._source
            if src is None:
                raise StopIteration
            nxt = next(src, _END)
            if nxt is _END:
                self._source = None
                raise StopIteration
            self._active = iter(nxt)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    """Return data elements corresponding to true selector elements."""
    __weft_tpname__ = 'itertools.compress'

    def __new__(cls, *args, **kw):
        data, selectors = _clinic('compress', args, kw, ('data', 'selectors'), 2, 2)
        self = object.__new__(cls)
        self._data = iter(data)
        self._sel = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        sel = self._sel
        while True:
            d = next(data)
            s = next(sel)
            if s:
                return d


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __weft_tpname__ = 'itertools.dropwhile'

    def __new__(cls, *args, **kw):
        _noargs_kw('dropwhile', kw)
        if len(args) != 2:
            raise TypeError('dropwhile expected 2 arguments, got %d' % len(args))
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._dropping:
            pred = self._pred
            while True:
                v = next(it)
                if not pred(v):
                    self._dropping = False
                    return v
        return next(it)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __weft_tpname__ = 'itertools.takewhile'

    def __new__(cls, *args, **kw):
        _noargs_kw('takewhile', kw)
        if len(args) != 2:
            raise TypeError('takewhile expected 2 arguments, got %d' % len(args))
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        self._done = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        v = next(self._it)
        if self._pred(v):
            return v
        self._done = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""
    __weft_tpname__ = 'itertools.filterfalse'

    def __new__(cls, *args, **kw):
        _noargs_kw('filterfalse', kw)
        if len(args) != 2:
            raise TypeError('filterfalse expected 2 arguments, got %d' % len(args))
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        pred = self._pred
        if pred is None:
            for v in it:
                if not v:
                    return v
        else:
            for v in it:
                if not pred(v):
                    return v
        raise StopIteration


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __weft_tpname__ = 'itertools.groupby'

    def __new__(cls, *args, **kw):
        iterable, key = _clinic('groupby', args, kw, ('iterable', 'key'), 2, 1)
        key = None if key is _END else key
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _END
        self._currkey = _END
        self._currvalue = _END
        self._currgrouper = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        v = next(self._it)
        kf = self._keyfunc
        k = v if kf is None else kf(v)
        self._currvalue = v
        self._currkey = k

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _END:
                pass
            elif self._tgtkey is _END:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        g = _grouper(self, self._tgtkey)
        self._currgrouper = g
        return (self._currkey, g)


class _grouper:
    __weft_tpname__ = 'itertools._grouper'
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _END:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        v = parent._currvalue
        parent._currvalue = _END
        return v


_grouper.__module__ = 'itertools'


def _ssize(v):
    """An islice() argument as a C Py_ssize_t, or -1 (refused) when it is not an
    integer or does not fit (CPython turns the OverflowError into islice's ValueError)."""
    try:
        v = _index(v)
    except TypeError:
        return -1
    return v if v <= 0x7FFFFFFFFFFFFFFF else -1


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""
    __weft_tpname__ = 'itertools.islice'

    def __new__(cls, *args, **kw):
        _noargs_kw('islice', kw)
        n = len(args)
        if n < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % n)
        if n > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % n)
        start = 0
        step = 1
        if n == 2:
            stop = args[1]
            if stop is not None:
                stop = _ssize(stop)
                if stop < 0:
                    raise ValueError('Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
        else:
            a1 = args[1]
            stop = args[2]
            if stop is not None:
                stop = _ssize(stop)
                if stop < 0:
                    raise ValueError('Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
            if a1 is not None:
                start = _ssize(a1)
                if start < 0:
                    raise ValueError('Indices for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
            if n == 4 and args[3] is not None:
                step = _ssize(args[3])
                if step < 1:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        nxt = self._next
        cnt = self._cnt
        while cnt < nxt:
            v = next(it, _END)
            if v is _END:
                self._it = None
                raise StopIteration
            cnt += 1
        if stop is not None and cnt >= stop:
            self._cnt = cnt
            self._it = None
            raise StopIteration
        v = next(it, _END)
        if v is _END:
            self._it = None
            raise StopIteration
        self._cnt = cnt + 1
        nxt += self._step
        if stop is not None and nxt > stop:
            nxt = stop
        self._next = nxt
        return v


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    __weft_tpname__ = 'itertools.pairwise'

    def __new__(cls, *args, **kw):
        _exactly('pairwise', args, kw, 1)
        iterable = args[0]
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._old = _END
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _END:
            old = next(it, _END)
            if old is _END:
                self._it = None
                raise StopIteration
        new = next(it, _END)
        if new is _END:
            self._it = None
            self._old = _END
            raise StopIteration
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __weft_tpname__ = 'itertools.starmap'

    def __new__(cls, *args, **kw):
        _noargs_kw('starmap', kw)
        if len(args) != 2:
            raise TypeError('starmap expected 2 arguments, got %d' % len(args))
        self = object.__new__(cls)
        self._func = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument.
    """
    __weft_tpname__ = 'itertools.zip_longest'

    def __new__(cls, *iterables, **kw):
        fillvalue = None
        if kw:
            if len(kw) == 1 and 'fillvalue' in kw:
                fillvalue = kw['fillvalue']
            else:
                raise TypeError('zip_longest() got an unexpected keyword argument')
        self = object.__new__(cls)
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        fill = self._fill
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(fill)
                continue
            v = next(it, _END)
            if v is _END:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise StopIteration
                its[i] = None
                v = fill
            result.append(v)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __weft_tpname__ = 'itertools.product'

    def __new__(cls, *iterables, **kw):
        repeat = 1
        if kw:
            if len(kw) > 1:
                raise TypeError('product() takes at most 1 keyword argument (%d given)' % len(kw))
            if 'repeat' not in kw:
                raise TypeError("'%s' is an invalid keyword argument for product()" % next(iter(kw)))
            repeat = _ssize_index(kw['repeat'])
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = None
        self._result = None
        self._done = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        result = self._result
        if result is None:
            for p in pools:
                if not p:
                    self._done = True
                    raise StopIteration
            self._indices = [0] * len(pools)
            result = self._result = [p[0] for p in pools]
            return tuple(result)
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._done = True
        raise StopIteration


def _check_r(r, name):
    if name != 'permutations':
        r = _ssize_index(r)
    else:
        try:
            r = _ssize_index(r)
        except TypeError:
            raise TypeError('Expected int as r') from None
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    __weft_tpname__ = 'itertools.permutations'

    def __new__(cls, *args, **kw):
        iterable, r = _two_args('permutations', args, kw, 'iterable', 'r', True)
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _check_r(r, 'permutations')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = None
        self._cycles = None
        self._done = r > n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            n = len(pool)
            indices = self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return tuple([pool[k] for k in indices[:r]])
        n = len(pool)
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                cycles[i] = c
                indices[i], indices[-c] = indices[-c], indices[i]
                return tuple([pool[k] for k in indices[:r]])
            i -= 1
        self._done = True
        raise StopIteration


def _two_args(name, args, kw, n1, n2, second_optional):
    v1, v2 = _clinic(name, args, kw, (n1, n2), 2, 1 if second_optional else 2)
    return v1, (None if v2 is _END else v2)


class combinations:
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    __weft_tpname__ = 'itertools.combinations'

    def __new__(cls, *args, **kw):
        iterable, r = _two_args('combinations', args, kw, 'iterable', 'r', False)
        r = _ssize_index(r)  # converted before the iterable is read, as CPython's clinic does
        pool = tuple(iterable)
        r = _check_r(r, 'combinations')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = None
        self._done = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            indices = self._indices = list(range(r))
            return tuple([pool[k] for k in indices])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    __weft_tpname__ = 'itertools.combinations_with_replacement'

    def __new__(cls, *args, **kw):
        iterable, r = _two_args('combinations_with_replacement', args, kw, 'iterable', 'r', False)
        r = _ssize_index(r)  # converted before the iterable is read, as CPython's clinic does
        pool = tuple(iterable)
        r = _check_r(r, 'combinations_with_replacement')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = None
        self._done = not pool and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            indices = self._indices = [0] * r
            return tuple([pool[k] for k in indices])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple([pool[k] for k in indices])


class _tee:
    """Iterator wrapped to make it copyable."""
    __weft_tpname__ = 'itertools._tee'

    def __new__(cls, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._it = it
        self._link = [None, None]
        return self

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            v = next(self._it)
            if link[1] is None:
                link[0] = v
                link[1] = [None, None]
            nxt = link[1]
        self._link = nxt
        return link[0]

    def __copy__(self):
        new = object.__new__(type(self))
        new._it = self._it
        new._link = self._link
        return new


_tee.__module__ = 'itertools'


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


def _restore(cls):
    """An iterator of class cls made without running its constructor (pickle and copy
    then give it its state: after it exists, so a groupby and its groups can refer to
    each other)."""
    return object.__new__(cls)


def _reduce(self):
    # Each copy gets its own index lists (permutations, product, ...).
    state = {k: (list(v) if type(v) is list else v) for k, v in self.__dict__.items()}
    return _restore, (type(self),), state


def _reduce_shared(self):
    # A tee iterator's links are shared nodes of one buffer, and CPython's cycle shares
    # its saved items with a copy: the state as it is.
    return _restore, (type(self),), dict(self.__dict__)


def _cannot_pickle(self):
    raise TypeError("cannot pickle '%s' object" % type(self).__weft_tpname__)


# The iterators pickle and copy with their state, as CPython 3.11's; pairwise never did.
for _cls in (repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, groupby, _grouper, islice, starmap, zip_longest, product,
             permutations, combinations, combinations_with_replacement):
    _cls.__reduce__ = _reduce
_tee.__reduce__ = cycle.__reduce__ = _reduce_shared
pairwise.__reduce__ = _cannot_pickle
del _cls
