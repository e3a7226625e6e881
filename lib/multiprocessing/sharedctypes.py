"""multiprocessing.sharedctypes for weft: Value and Array with a lock (https://docs.python.org/3.11/library/multiprocessing.html#shared-ctypes-objects)."""

import threading

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'Synchronized', 'SynchronizedArray']

# typecode -> (ctypes name, converter)
_TYPES = {
    'c': ('c_char', bytes), 'u': ('c_wchar', str), 'b': ('c_byte', int), 'B': ('c_ubyte', int),
    'h': ('c_short', int), 'H': ('c_ushort', int), 'i': ('c_int', int), 'I': ('c_uint', int),
    'l': ('c_long', int), 'L': ('c_ulong', int), 'q': ('c_longlong', int),
    'Q': ('c_ulonglong', int), 'f': ('c_float', float), 'd': ('c_double', float),
}


def _kind(typecode):
    if not isinstance(typecode, str):
        raise TypeError(f'typecode_or_type must be a str, not {type(typecode).__name__}')
    if typecode not in _TYPES:
        raise TypeError(f'unsupported typecode {typecode!r}')
    return _TYPES[typecode]


def _zero(conv):
    return b'\x00' if conv is bytes else '\x00' if conv is str else conv(0)


class _Raw:
    def __init__(self, typecode, value):
        self._typecode = typecode
        self._cname, self._conv = _kind(typecode)
        self.value = value

    def __repr__(self):
        return f'{self._cname}({self.value!r})'


def RawValue(typecode_or_type, *args):
    name, conv = _kind(typecode_or_type)
    return _Raw(typecode_or_type, conv(args[0]) if args else _zero(conv))


def RawArray(typecode_or_type, size_or_initializer):
    name, conv = _kind(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return [_zero(conv)] * size_or_initializer
    return [conv(x) for x in size_or_initializer]


class Synchronized:
    """A shared value: .value, get_lock(), and acquire()/release() or `with`."""

    def __init__(self, raw, lock):
        self._raw = raw
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def get_lock(self):
        return self._lock

    def __deepcopy__(self, memo):
        return self

    def get_obj(self):
        return self._raw

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    @property
    def value(self):
        with self._lock:
            return self._raw.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._raw.value = self._raw._conv(v) if self._raw._conv is float else v

    def __repr__(self):
        return f'<Synchronized wrapper for {self._raw!r}>'


class SynchronizedArray(Synchronized):
    def __init__(self, items, typecode, lock):
        self._items = items
        self._typecode = typecode
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        with self._lock:
            return self._items[i]

    def __setitem__(self, i, v):
        with self._lock:
            if isinstance(i, slice):
                new = list(v)
                if len(range(*i.indices(len(self._items)))) != len(new):
                    raise ValueError("Can only assign sequence of same size")
                self._items[i] = new
            else:
                self._items[i] = v

    def __iter__(self):
        return iter(list(self._items))

    def get_obj(self):
        return self._items

    @property
    def value(self):
        raise AttributeError("'SynchronizedArray' object has no attribute 'value'")

    def __repr__(self):
        return f'<SynchronizedArray wrapper for <multiprocessing.sharedctypes.{_TYPES[self._typecode][0]}_Array_{len(self._items)} object>>'


def _lock_arg(lock):
    if lock is True or lock is None:
        return threading.RLock()
    if lock is False:
        return None
    if not hasattr(lock, 'acquire'):
        raise AttributeError(f"{lock!r} has no method 'acquire'")
    return lock


def Value(typecode_or_type, *args, lock=True):
    """A shared value of ctypes type `typecode_or_type` ('i', 'd', ...)."""
    raw = RawValue(typecode_or_type, *args)
    lk = _lock_arg(lock)
    return raw if lk is None else Synchronized(raw, lk)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """A shared array of ctypes type `typecode_or_type`."""
    items = RawArray(typecode_or_type, size_or_initializer)
    lk = _lock_arg(lock)
    return items if lk is None else SynchronizedArray(items, typecode_or_type, lk)
