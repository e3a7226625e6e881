"""_threading_local -- thread-local data in pure Python (weft's own implementation).

Follows https://docs.python.org/3.11/library/threading.html#thread-local-data

Each thread sees its own attribute dictionary.  The per-thread dictionaries
are kept in a dict keyed by thread ident (no swapping of a shared __dict__,
so it is safe when threads really run in parallel); a thread's entry is
dropped when a threading.Thread finishes.
"""

from _thread import get_ident as _get_ident

__all__ = ["local"]

_MISSING = object()
_oga = object.__getattribute__
_osa = object.__setattr__


class _LocalImpl:
    __slots__ = ('dicts', 'args', 'kwargs', '__weakref__')

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs


def _register_cleanup(impl, key):
    try:
        import threading
        t = threading._active.get(key)
    except Exception:
        return
    if t is None or not hasattr(t, '_add_local_cleanup'):
        return
    try:
        import _weakref
        wimpl = _weakref.ref(impl)
    except Exception:
        wimpl = lambda: impl

    def cleanup():
        i = wimpl()
        if i is not None:
            i.dicts.pop(key, None)
    t._add_local_cleanup(cleanup)


def _get_dict(self):
    impl = _oga(self, '_local__impl')
    key = _get_ident()
    d = impl.dicts.get(key)
    if d is None:
        d = {}
        impl.dicts[key] = d
        _register_cleanup(impl, key)
        cls = type(self)
        init = cls.__init__
        if init is not object.__init__:
            init(self, *impl.args, **impl.kwargs)
    return d


def _class_lookup(cls, name):
    for base in cls.__mro__:
        bd = base.__dict__
        if name in bd:
            return bd[name]
    return _MISSING


def _make_local(name, module, qualname):
    class local:
        """Thread-local data: attributes set in one thread are invisible in others."""
        __slots__ = ('_local__impl', '__weakref__')

        def __new__(cls, /, *args, **kw):
            if (args or kw) and (cls.__init__ is object.__init__):
                raise TypeError("Initialization arguments are not supported")
            self = object.__new__(cls)
            impl = _LocalImpl(args, kw)
            _osa(self, '_local__impl', impl)
            # the creating thread gets its dict now; __init__ is called by the
            # normal instance creation protocol for this thread
            key = _get_ident()
            impl.dicts[key] = {}
            _register_cleanup(impl, key)
            return self

        def __getattribute__(self, name):
            if name == '__dict__':
                return _get_dict(self)
            if name == '_local__impl' or name == '__class__':
                return _oga(self, name)
            d = _get_dict(self)
            cls = type(self)
            attr = _class_lookup(cls, name)
            if attr is not _MISSING:
                tp = type(attr)
                if hasattr(tp, '__get__') and (hasattr(tp, '__set__') or hasattr(tp, '__delete__')):
                    return tp.__get__(attr, self, cls)
            try:
                return d[name]
            except KeyError:
                pass
            if attr is not _MISSING:
                tp = type(attr)
                if hasattr(tp, '__get__'):
                    return tp.__get__(attr, self, cls)
                return attr
            getattr_hook = _class_lookup(cls, '__getattr__')
            if getattr_hook is not _MISSING:
                return getattr_hook(self, name)
            raise AttributeError("'%s' object has no attribute '%s'" % (_tpname(cls), name))

        def __setattr__(self, name, value):
            if name == '__dict__':
                raise AttributeError(
                    "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
            d = _get_dict(self)
            attr = _class_lookup(type(self), name)
            if attr is not _MISSING and hasattr(type(attr), '__set__'):
                type(attr).__set__(attr, self, value)
                return
            d[name] = value

        def __delattr__(self, name):
            if name == '__dict__':
                raise AttributeError(
                    "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
            d = _get_dict(self)
            attr = _class_lookup(type(self), name)
            if attr is not _MISSING and hasattr(type(attr), '__delete__'):
                type(attr).__delete__(attr, self)
                return
            try:
                del d[name]
            except KeyError:
                raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_tpname(type(self)), name)) from None

    def _tpname(cls):
        if cls is local:
            return qualname
        return cls.__name__

    local.__name__ = name
    local.__qualname__ = name
    local.__module__ = module
    return local


local = _make_local('local', '_threading_local', 'local')
