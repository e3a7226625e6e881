"""inspect.classify_class_attrs: each attribute of a class with its kind and the class
that defines it (https://docs.python.org/3.11/library/inspect.html)."""

import collections as _collections
import types as _types

Attribute = _collections.namedtuple('Attribute', 'name kind defining_class object')


def _lookup_order(cls):
    """(the class's MRO, the metaclass's MRO without type and object)."""
    mro = cls.__mro__
    meta = type(cls)
    metamro = tuple(c for c in getattr(meta, '__mro__', (meta,)) if c not in (type, object))
    return mro, metamro


def _defining_class(cls, name, value, mro, metamro):
    """The class whose attribute `name` is `value`: the last in the MRO still giving it."""
    home = getattr(value, '__objclass__', None)
    if home in mro:
        return home
    last = None
    for base in mro:
        if getattr(base, name, None) is value:
            last = base
    for base in metamro:
        try:
            found = base.__getattr__(cls, name)
        except AttributeError:
            continue
        if found is value:
            last = base
    return last


def classify_class_attrs(cls):
    """A list of Attribute(name, kind, defining_class, object) for dir(cls): kind is
    'class method', 'static method', 'property', 'method' or 'data'."""
    import inspect
    mro, metamro = _lookup_order(cls)
    every = mro + metamro
    names = dir(cls)
    for base in mro:
        for key, val in base.__dict__.items():
            if isinstance(val, _types.DynamicClassAttribute) and key not in names:
                names.append(key)
    result = []
    seen = set()
    for name in names:
        home = None
        got = None
        if name not in seen:
            try:
                if name == '__dict__':
                    raise AttributeError(name)  # a class's __dict__ is a proxy, not the slot
                got = getattr(cls, name)
            except Exception:
                pass
            else:
                home = _defining_class(cls, name, got, mro, metamro)
        raw = None
        for base in every:
            if name in base.__dict__:
                raw = base.__dict__[name]
                if home not in metamro:
                    home = base
                break
        if home is None:
            continue
        obj = got if got is not None else raw
        if isinstance(raw, (staticmethod, _types.BuiltinMethodType)):
            kind, obj = 'static method', raw
        elif isinstance(raw, (classmethod, _types.ClassMethodDescriptorType)):
            kind, obj = 'class method', raw
        elif isinstance(raw, property):
            kind, obj = 'property', raw
        elif inspect.isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, home, obj))
        seen.add(name)
    return result
