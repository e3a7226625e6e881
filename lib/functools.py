"""Higher-order functions and operations on callable objects (weft's own implementation).

Follows https://docs.python.org/3.11/library/functools.html
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _thread import allocate_lock as _allocate_lock, RLock as _RLock

_MISSING = object()

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function"""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function"""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering

# Derived comparison: mode 0 -> not r; 1 -> r or ==; 2 -> not r and !=;
# 3 -> not r or ==; 4 -> r and !=
_ORDER_DERIVED = {
    '__lt__': (('__gt__', 2), ('__le__', 1), ('__ge__', 0)),
    '__le__': (('__ge__', 3), ('__lt__', 4), ('__gt__', 0)),
    '__gt__': (('__lt__', 2), ('__ge__', 1), ('__le__', 0)),
    '__ge__': (('__le__', 3), ('__gt__', 4), ('__lt__', 0)),
}


def _derive(root, mode, name, cls):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if mode == 0:
            return not r
        if mode == 1:
            return r or self == other
        if mode == 2:
            return not r and self != other
        if mode == 3:
            return not r or self == other
        return r and self != other
    method.__name__ = name
    method.__qualname__ = '%s.%s' % (getattr(cls, '__qualname__', cls.__name__), name)
    method.__module__ = getattr(cls, '__module__', None)
    return method


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = set()
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.add(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, mode in _ORDER_DERIVED[root]:
        if name not in roots:
            setattr(cls, name, _derive(root, mode, name, cls))
    return cls


# ---------------------------------------------------------------- cmp_to_key

class _KeyWrapper:
    """The key cmp_to_key() makes (CPython's functools.KeyWrapper): calling it wraps an
    object; wrapped objects compare by the comparison function."""
    __weft_tpname__ = 'functools.KeyWrapper'
    __slots__ = ('_cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self._cmp, obj)

    def _other(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self._cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, self._other(other)) == 0

    def __ne__(self, other):
        return self._cmp(self.obj, self._other(other)) != 0

    def __le__(self, other):
        return self._cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, self._other(other)) >= 0

    __hash__ = None


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return _KeyWrapper(mycmp)


# ---------------------------------------------------------------- reduce

def reduce(function=_MISSING, sequence=_MISSING, initial=_MISSING, /):
    """
    reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the iterable in the calculation, and serves as a default when the
    iterable is empty.
    """
    if sequence is _MISSING:
        n = 0 if function is _MISSING else 1
        raise TypeError(f'reduce expected at least 2 arguments, got {n}')
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------- partial

class _PartialMember:
    """A read-only attribute of partial objects (CPython's member descriptors
    `func`, `args` and `keywords`), kept in a slot of the instance."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __set_name__(self, owner, name):
        self.__name__ = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self._slot.__get__(obj, owner)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


class partial:
    """New function with partial application of the given arguments
    and keywords.
    """
    __weft_tpname__ = 'functools.partial'
    __slots__ = ('_partial_func', '_partial_args', '_partial_keywords',
                 '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A partial made by this __new__ is flattened into the new one, unless it was
        # given attributes (CPython: unless its __dict__ was ever made).
        if (isinstance(func, partial) and type(func).__new__ is partial.__new__
                and not func.__dict__):
            args = func._partial_args + args
            keywords = {**func._partial_keywords, **keywords}
            func = func._partial_func
        self = object.__new__(cls)
        self._partial_func = func
        self._partial_args = args
        self._partial_keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self._partial_keywords:
            keywords = {**self._partial_keywords, **keywords}
        return self._partial_func(*self._partial_args, *args, **keywords)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._partial_func)]
            for a in self._partial_args:
                parts.append(repr(a))
            for k, v in self._partial_keywords.items():
                parts.append('%s=%r' % (k, v))
        finally:
            _repr_running.discard(key)
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return type(self), (self._partial_func,), (
            self._partial_func, self._partial_args,
            self._partial_keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        if namespace is None:
            namespace = {}
        self.__dict__ = namespace
        self._partial_func = func
        self._partial_args = args
        self._partial_keywords = kwds

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


partial.func = _PartialMember(partial._partial_func,
                              'function object to use in future partial calls')
partial.args = _PartialMember(partial._partial_args,
                              'tuple of arguments to future partial calls')
partial.keywords = _PartialMember(partial._partial_keywords,
                                  'dictionary of keyword arguments to future partial calls')
partial.func.__set_name__(partial, 'func')
partial.args.__set_name__(partial, 'args')
partial.keywords.__set_name__(partial, 'keywords')


_repr_running = set()


class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join(map(repr, self.args))
        keywords = ', '.join('{}={!r}'.format(k, v) for k, v in self.keywords.items())
        return '{module}.{cls}({func}, {args}, {keywords})'.format(
            module=self.__class__.__module__, cls=self.__class__.__qualname__,
            func=self.func, args=args, keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---------------------------------------------------------------- lru_cache

_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _CacheInfo


_FAST_TYPES = (int, str)
_KWD_MARK = object()


def _make_key(args, kwds, typed):
    """Make a cache key from optionally typed positional and keyword arguments"""
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


# The wrapper is native (crates/weft-stdlib/src/functools.rs), as CPython's C one.
from _weft_functools import _lru_cache_wrapper


def _cache_info(hits, misses, maxsize, currsize):
    # CacheInfo is made on first use: collections is not imported with functools.
    return _cache_info_type()(hits, misses, maxsize, currsize)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- singledispatch

def _is_union_type(cls):
    import types
    if isinstance(cls, types.UnionType):
        return True
    origin = getattr(cls, '__origin__', None)
    if origin is not None:
        try:
            import typing
            return origin is typing.Union
        except ImportError:
            return False
    return False


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def _find_impl(cls, registry):
    mro = getattr(cls, '__mro__', (cls, object))
    for c in mro:
        if c is object:
            break
        impl = registry.get(c)
        if impl is not None:
            return impl
    # Registered abstract base classes that cls implements without inheriting.
    matches = []
    for t in registry:
        if t is object or t in mro:
            continue
        try:
            ok = issubclass(cls, t)
        except TypeError:
            ok = False
        if ok:
            matches.append(t)
    if matches:
        best = [m for m in matches
                if not any(o is not m and issubclass(o, m) for o in matches)]
        if len(best) > 1:
            raise RuntimeError('Ambiguous dispatch: {} or {}'.format(best[0], best[1]))
        return registry[best[0]]
    return registry.get(object)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    import types
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            try:
                dispatch_cache[cls] = impl
            except TypeError:
                pass
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            try:
                from typing import get_type_hints
                hints = get_type_hints(func)
            except Exception:
                hints = dict(ann)
            argname, cls = next(iter(hints.items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes.")
                else:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} is not a class.")
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- cached_property

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = _RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).'
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _MISSING)
        if val is _MISSING:
            with self.lock:
                val = cache.get(self.attrname, _MISSING)
                if val is _MISSING:
                    val = self.func(instance)
                    try:
                        cache[self.attrname] = val
                    except TypeError:
                        msg = (
                            f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f"does not support item assignment for caching {self.attrname!r} property."
                        )
                        raise TypeError(msg) from None
        return val

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
