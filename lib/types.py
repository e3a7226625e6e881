"""Dynamic type creation and names for built-in types (weft's own implementation).

Follows https://docs.python.org/3.11/library/types.html
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


def _type_of(expr_fn, fallback_name):
    try:
        return type(expr_fn())
    except Exception:
        return type(fallback_name, (), {})


WrapperDescriptorType = _type_of(lambda: object.__init__, 'wrapper_descriptor')
MethodWrapperType = _type_of(lambda: object().__str__, 'method-wrapper')
MethodDescriptorType = _type_of(lambda: str.join, 'method_descriptor')
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'], 'classmethod_descriptor')
GetSetDescriptorType = _type_of(lambda: int.__dict__['real'], 'getset_descriptor')


class _Slotted:
    __slots__ = ('member',)


MemberDescriptorType = _type_of(lambda: _Slotted.__dict__['member'], 'member_descriptor')
del _Slotted


def _tb():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


TracebackType = _type_of(_tb, 'traceback')
FrameType = _type_of(lambda: _tb().tb_frame, 'frame')

try:
    _ns = {}
    exec("async def _c(): pass\nasync def _ag(): yield 1\n", _ns)
    _co = _ns['_c']()
    CoroutineType = type(_co)
    _co.close()
    AsyncGeneratorType = type(_ns['_ag']())
    del _ns, _co
except Exception:
    class CoroutineType:
        pass

    class AsyncGeneratorType:
        pass
    CoroutineType.__name__ = 'coroutine'
    AsyncGeneratorType.__name__ = 'async_generator'


# --- mappingproxy

_mp = type(type.__dict__)
if _mp is not dict and _mp.__name__ == 'mappingproxy':
    MappingProxyType = _mp
else:
    class MappingProxyType(object):
        """Read-only proxy of a mapping."""
        __slots__ = ('_mapping',)

        def __new__(cls, mapping):
            if not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple)):
                raise TypeError('mappingproxy() argument must be a mapping, not %s'
                                % type(mapping).__name__)
            self = object.__new__(cls)
            object.__setattr__(self, '_mapping', mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __contains__(self, key):
            return key in self._mapping

        def __reversed__(self):
            return reversed(self._mapping)

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __or__(self, other):
            if isinstance(other, MappingProxyType):
                other = other._mapping
            return dict(self._mapping) | other

        def __ror__(self, other):
            return other | dict(self._mapping)

        def __repr__(self):
            return 'mappingproxy(%r)' % (self._mapping,)

        def __str__(self):
            return str(self._mapping)

        def __setattr__(self, name, value):
            raise AttributeError("'mappingproxy' object has no attribute %r" % name)

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        __hash__ = None
    MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
    MappingProxyType.__module__ = 'builtins'
del _mp


# --- SimpleNamespace

_sn = type(sys.implementation)
if _sn.__name__ == 'SimpleNamespace':
    SimpleNamespace = _sn
else:
    _sn_repr_running = set()

    class SimpleNamespace(object):
        """A simple attribute-based namespace.

        SimpleNamespace(**kwargs)"""

        def __init__(self, *args, **kwargs):
            if args:
                raise TypeError('no positional arguments expected')
            self.__dict__.update(kwargs)

        def __repr__(self):
            from _thread import get_ident
            key = (id(self), get_ident())
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            if key in _sn_repr_running:
                return '%s(...)' % name
            _sn_repr_running.add(key)
            try:
                items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
            finally:
                _sn_repr_running.discard(key)
            return '%s(%s)' % (name, ', '.join(items))

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __reduce__(self):
            return (type(self), (), dict(self.__dict__))
    SimpleNamespace.__module__ = 'types'
del _sn


# --- GenericAlias and UnionType (native in weft: crates/weft-vm/src/types/genericalias.rs)

GenericAlias = type(list[int])
UnionType = type(int | str)


# --- dynamic class creation

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple

    *metaclass* is the appropriate metaclass
    *namespace* is the prepared class namespace
    *kwds* is an updated copy of the passed in kwds argument with any
    'metaclass' entry removed. If no kwds argument is passed in, this will
    be an empty dict.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    This is a descriptor, used to define attributes that act differently when
    accessed through an instance and through a class.  Instance access remains
    normal, but access to an attribute through a class will be routed to the
    class's __getattr__ method; this is done by raising AttributeError.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


__all__ = [n for n in globals() if n[:1] != '_' and n not in ('sys',)]
