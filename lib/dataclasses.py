"""Data classes (weft's own implementation).

Follows https://docs.python.org/3.11/library/dataclasses.html
Generated methods are compiled with exec() so that they run as fast as
hand-written ones and report the same argument errors as CPython's.
"""

import sys
import copy
import types
from _thread import get_ident as _get_ident

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type) and not isinstance(self.type, types.GenericAlias):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % (type_name,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else
                         types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,'
                'type=%r,'
                'default=%r,'
                'default_factory=%r,'
                'init=%r,'
                'repr=%r,'
                'hash=%r,'
                'compare=%r,'
                'metadata=%r,'
                'kw_only=%r,'
                '_field_type=%s'
                ')' % (self.name, self.type, self.default, self.default_factory,
                       self.init, self.repr, self.hash, self.compare, self.metadata,
                       self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                'init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _is_classvar(a_type):
    try:
        import typing
    except ImportError:
        return False
    return (a_type is typing.ClassVar
            or (getattr(a_type, '__origin__', None) is typing.ClassVar))


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type):
    return a_type is KW_ONLY


def _string_annotation_is(annotation, names):
    s = annotation.strip()
    head = s.split('[', 1)[0].strip()
    return head in names


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    if _is_classvar(a_type) or (isinstance(a_type, str) and _string_annotation_is(
            a_type, ('ClassVar', 'typing.ClassVar', 't.ClassVar'))):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        if _is_initvar(a_type) or (isinstance(a_type, str) and _string_annotation_is(
                a_type, ('InitVar', 'dataclasses.InitVar'))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self), _get_ident()
        if key in running:
            return '...'
        running.add(key)
        try:
            result = user_function(self)
        finally:
            running.discard(key)
        return result
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    wrapper.__module__ = user_function.__module__
    wrapper.__wrapped__ = user_function
    user_function._weft_dataclass_repr = True
    return wrapper


class _Builder:
    """Collects generated method sources for one class and compiles them at once."""

    def __init__(self, cls):
        self.cls = cls
        self.globals = {'__builtins__': __builtins__ if isinstance(__builtins__, dict)
                        else __builtins__.__dict__}
        self.sources = []
        self.names = []
        self.counter = 0

    def value(self, obj, hint='v'):
        self.counter += 1
        name = '__dataclass_%s_%d__' % (hint, self.counter)
        self.globals[name] = obj
        return name

    def add(self, name, src):
        self.sources.append(src)
        self.names.append(name)

    def build(self):
        ns = {}
        for src in self.sources:
            # one compile per method, its `def` on line 2 as in CPython's generated code
            # (tracebacks through __init__ show the same line numbers)
            exec('\n' + src, self.globals, ns)
        qual = self.cls.__qualname__
        result = {}
        for name in self.names:
            fn = ns[name]
            fn.__qualname__ = '%s.%s' % (qual, fn.__name__)
            fn.__module__ = self.cls.__module__
            result[name] = fn
        return result


def _init_source(b, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
                 globals_module):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))

    obj_setattr = b.value(object.__setattr__, 'setattr') if frozen else None
    hdf = b.value(_HAS_DEFAULT_FACTORY, 'HAS_DEFAULT_FACTORY')
    params = [self_name]

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            d = ''
        elif f.default is not MISSING:
            d = '=' + b.value(f.default, 'dflt_' + f.name)
        else:
            d = '=' + hdf
        ann = b.value(f.type, 'type_' + f.name)
        return '%s:%s%s' % (f.name, ann, d)

    for f in std_fields:
        params.append(param(f))
    if kw_only_fields:
        params.append('*')
        for f in kw_only_fields:
            params.append(param(f))

    body = []

    def assign(name, value):
        if frozen:
            return '%s(%s,%r,%s)' % (obj_setattr, self_name, name, value)
        return '%s.%s=%s' % (self_name, name, value)

    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            factory = b.value(f.default_factory, 'dflt_' + f.name)
            if f.init:
                value = '%s() if %s is %s else %s' % (factory, f.name, hdf, f.name)
            else:
                value = '%s()' % factory
        else:
            if f.init:
                value = f.name
            elif f.default is not MISSING:
                value = b.value(f.default, 'dflt_' + f.name)
            else:
                continue
        body.append(assign(f.name, value))
    if has_post_init:
        initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
        body.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, ', '.join(initvars)))
    if not body:
        body = ['pass']
    ret = b.value(None, 'return_type')
    src = 'def __init__(%s) -> %s:\n' % (', '.join(params), ret)
    src += ''.join('  %s\n' % line for line in body)
    return src


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return '(%s,)' % ','.join(['%s.%s' % (obj_name, f.name) for f in fields])


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}

    if cls.__module__ in sys.modules:
        globals_module = sys.modules[cls.__module__].__dict__
    else:
        globals_module = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if (_is_kw_only(type_) or (isinstance(type_, str) and _string_annotation_is(
                type_, ('KW_ONLY', 'dataclasses.KW_ONLY')))):
            if KW_ONLY_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    b = _Builder(cls)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        b.add('__init__', _init_source(b, all_init_fields, std_init_fields,
                                       kw_only_init_fields, frozen, has_post_init,
                                       self_name, globals_module))
    if repr:
        flds = [f for f in field_list if f.repr]
        parts = ', '.join(['%s=%%r' % f.name for f in flds])
        vals = ''.join(['self.%s, ' % f.name for f in flds])
        b.add('__repr__', 'def __repr__(self):\n'
                          '  return self.__class__.__qualname__ + %r %% (%s)\n'
                          % ('(' + parts + ')', vals))
    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        b.add('__eq__', 'def __eq__(self, other):\n'
                        '  if other.__class__ is self.__class__:\n'
                        '    return %s == %s\n'
                        '  return NotImplemented\n'
                        % (_tuple_str('self', cmp_fields), _tuple_str('other', cmp_fields)))
    if order:
        cmp_fields = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            b.add(name, 'def %s(self, other):\n'
                        '  if other.__class__ is self.__class__:\n'
                        '    return %s %s %s\n'
                        '  return NotImplemented\n'
                        % (name, _tuple_str('self', cmp_fields), op,
                           _tuple_str('other', cmp_fields)))
    if frozen:
        fnames = b.value(tuple(f.name for f in fields.values()), 'fields')
        fie = b.value(FrozenInstanceError, 'FrozenInstanceError')
        clsref = b.value(cls, 'cls')
        b.add('__setattr__', 'def __setattr__(self, name, value):\n'
                             '  if type(self) is %s or name in %s:\n'
                             '    raise %s("cannot assign to field " + repr(name))\n'
                             '  super(%s, self).__setattr__(name, value)\n'
                             % (clsref, fnames, fie, clsref))
        b.add('__delattr__', 'def __delattr__(self, name):\n'
                             '  if type(self) is %s or name in %s:\n'
                             '    raise %s("cannot delete field " + repr(name))\n'
                             '  super(%s, self).__delattr__(name)\n'
                             % (clsref, fnames, fie, clsref))
    hash_action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if hash_action == 'add':
        hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        b.add('__hash__', 'def __hash__(self):\n  return hash(%s)\n'
              % _tuple_str('self', hash_fields))
    elif hash_action == 'exception':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)

    built = b.build()
    if '__init__' in built:
        _set_new_attribute(cls, '__init__', built['__init__'])
    if '__repr__' in built:
        _set_new_attribute(cls, '__repr__', _recursive_repr(built['__repr__']))
    if '__eq__' in built:
        _set_new_attribute(cls, '__eq__', built['__eq__'])
    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, name, built[name]):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if _set_new_attribute(cls, name, built[name]):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))
    if hash_action == 'add':
        cls.__hash__ = built['__hash__']
    elif hash_action == 'set_none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _text_signature(std_init_fields, kw_only_init_fields) \
            if init else cls.__name__ + '(*args, **kwargs)'


    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _text_signature(std_fields, kw_fields):
    parts = []

    def one(f):
        text = '%s: %s' % (f.name, _format_annotation(f.type))
        if f.default is not MISSING:
            text += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    for f in std_fields:
        parts.append(one(f))
    if kw_fields:
        parts.append('*')
        for f in kw_fields:
            parts.append(one(f))
    return '(' + ', '.join(parts) + ')'


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            return 'exception'
        return 'add'
    if not eq:
        return None
    if frozen:
        return None if has_explicit_hash else 'add'
    return None if has_explicit_hash else 'set_none'


def _slots_of(cls):
    s = cls.__dict__.get('__slots__')
    if s is None:
        return ()
    if isinstance(s, str):
        return (s,)
    if hasattr(s, '__next__'):
        # An iterator was consumed when the class was made.
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(s)


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(_slots_of(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited_slots)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        def _getstate(self):
            return [getattr(self, f.name) for f in fields(self)]

        def _setstate(self, state):
            for f, value in zip(fields(self), state):
                object.__setattr__(self, f.name, value)
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    import keyword
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    # As in CPython 3.11, the class keeps the __module__ that types.new_class gave it.
    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.  Example usage:

      @dataclass(frozen=True)
      class C:
          x: int
          y: int

      c = C(1, 2)
      c1 = replace(c, x=3)
      assert c1.x == 3 and c1.y == 2
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
