"""Shallow and deep copy operations (weft's own implementation).

Follows https://docs.python.org/3.11/library/copy.html

Interface summary:
        import copy
        x = copy.copy(y)        # make a shallow copy of y
        x = copy.deepcopy(y)    # make a deep copy of y
For module specific errors, copy.Error is raised.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


def _dummy_func():
    pass


class _DummyClass:
    def meth(self):
        pass


_FunctionType = type(_dummy_func)
_CodeType = type(_dummy_func.__code__)
_BuiltinFunctionType = type(len)
_MethodType = type(_DummyClass().meth)
_ModuleType = type(__import__('sys'))
try:
    from _weakref import ref as _weakref_type
except ImportError:
    _weakref_type = None

_atomic = [type(None), int, float, bool, complex, str, bytes, type, range,
           _FunctionType, _CodeType, _BuiltinFunctionType, type(Ellipsis),
           type(NotImplemented), property]
if _weakref_type is not None:
    _atomic.append(_weakref_type)


def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
for t in _atomic + [tuple, frozenset, slice]:
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def _slot_state(obj, cls):
    slots = {}
    for c in getattr(cls, '__mro__', (cls,)):
        names = c.__dict__.get('__slots__') if hasattr(c, '__dict__') else None
        if names is None:
            continue
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
    return slots


def _plain_reduce(x, cls):
    """The reduction object.__reduce_ex__(4) performs for plain instances."""
    args = ()
    kwargs = None
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = x.__getnewargs_ex__()
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        if getnewargs is not None:
            args = x.__getnewargs__()
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        try:
            d = x.__dict__
        except AttributeError:
            d = None
        state = d if d else None
        slots = _slot_state(x, cls)
        if slots:
            state = (state, slots)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return cls, args, kwargs, state, listiter, dictiter


def _plain_new(x, cls, args, kwargs):
    """cls.__new__ for the plain reduction; an instance of a built-in class with
    native state cannot be created that way, and says so as object.__reduce_ex__
    does ("cannot pickle '_thread.lock' object")."""
    try:
        return cls.__new__(cls, *args, **(kwargs or {}))
    except TypeError:
        x.__reduce_ex__(4)
        raise


# Classes whose instances hold native state: object.__reduce_ex__ says they cannot be
# pickled (a subclass of one too).
_NATIVE_STATE = (staticmethod, classmethod, property, type(type.__dict__))


def _uses_object_reduce(cls):
    # A module is no plain instance: its __reduce_ex__ says it cannot be pickled.
    return (cls is not _ModuleType and not issubclass(cls, _NATIVE_STATE) and
            getattr(cls, '__reduce_ex__', None) is _object_reduce_ex and
            getattr(cls, '__reduce__', None) is _object_reduce)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)

    if issubclass(cls, type):
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    import copyreg
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    elif _uses_object_reduce(cls):
        func, args, kwargs, state, listiter, dictiter = _plain_reduce(x, cls)
        y = _plain_new(x, func, args, kwargs)
        return _finish(y, None, state, listiter, dictiter)
    else:
        reductor = getattr(x, "__reduce_ex__", None)
        if reductor is not None:
            rv = reductor(4)
        else:
            reductor = getattr(x, "__reduce__", None)
            if reductor:
                rv = reductor()
            else:
                raise Error("un(shallow)copyable object of type %s" % cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                import copyreg
                reductor = copyreg.dispatch_table.get(cls)
                if reductor:
                    rv = reductor(x)
                elif _uses_object_reduce(cls):
                    rv = None
                    func, args, kwargs, state, listiter, dictiter = _plain_reduce(x, cls)
                    if args:
                        args = deepcopy(args, memo)
                    if kwargs:
                        kwargs = deepcopy(kwargs, memo)
                    y = _plain_new(x, func, args, kwargs)
                    memo[d] = y
                    y = _finish(y, memo, state, listiter, dictiter)
                else:
                    reductor = getattr(x, "__reduce_ex__", None)
                    if reductor is not None:
                        rv = reductor(4)
                    else:
                        reductor = getattr(x, "__reduce__", None)
                        if reductor:
                            rv = reductor()
                        else:
                            raise Error(
                                "un(deep)copyable object of type %s" % cls)
                if rv is not None:
                    if isinstance(rv, str):
                        y = x
                    else:
                        y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in _atomic:
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    return type(x)([deepcopy(a, memo) for a in x])


d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray


def _deepcopy_slice(x, memo, deepcopy=deepcopy):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))


d[slice] = _deepcopy_slice


def _deepcopy_method(x, memo):  # Copy instance methods
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[_MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _finish(y, memo, state, listiter, dictiter):
    deep = memo is not None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    return _finish(y, memo, state, listiter, dictiter)
