"""contextvars: context variables (ContextVar, Token, Context, copy_context).

Follows https://docs.python.org/3.11/library/contextvars.html

weft keeps one current Context per thread (a thread starts with an empty one, as
in CPython).  A Context's mapping is a dict that is never mutated in place:
ContextVar.set() installs a fresh dict, so Context.copy() is O(1).
"""

from _thread import get_ident as _get_ident
import sys as _sys

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()
_contexts = {}          # thread ident -> current Context


class _ReadOnly:
    """A read-only attribute stored in a slot-like private field."""

    def __init__(self, field, msg='readonly attribute'):
        self.field = field
        self.msg = msg

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.field)

    def __set__(self, obj, value):
        raise AttributeError(self.msg)

    def __delete__(self, obj):
        raise AttributeError(self.msg)


def _drop_context(key):
    def cleanup():
        _contexts.pop(key, None)
    return cleanup


def _current():
    key = _get_ident()
    ctx = _contexts.get(key)
    if ctx is None:
        ctx = Context()
        _contexts[key] = ctx
        threading = _sys.modules.get('threading')
        if threading is not None:
            try:
                t = threading._active.get(key)
                if t is not None and hasattr(t, '_add_local_cleanup'):
                    t._add_local_cleanup(_drop_context(key))
            except Exception:
                pass
    return ctx


def copy_context():
    """Return a shallow copy of the current thread's Context."""
    return _current().copy()


def _check_key(key):
    if type(key) is not ContextVar:
        raise TypeError("a ContextVar key was expected, got %r" % (key,))


class Context:
    """A mapping of ContextVars to their values."""

    __slots__ = ('_data', '_prev', '_entered', '__weakref__')
    __hash__ = None

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._data = {}
        self._prev = None
        self._entered = False

    def __init_subclass__(cls, **kw):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        key = _get_ident()
        prev = _current()
        self._prev = prev
        self._entered = True
        _contexts[key] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _contexts[key] = prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        _check_key(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        _check_key(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        _check_key(var)
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __repr__(self):
        return '<_contextvars.Context object at 0x%x>' % id(self)


class ContextVar:
    """A context variable: ContextVar(name, *, default=<none>)."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, *args, default=_NO_DEFAULT, **kwargs):
        if kwargs:
            raise TypeError("ContextVar() got an unexpected keyword argument %r"
                            % (next(iter(kwargs)),))
        if len(args) != 1:
            if not args:
                raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
            raise TypeError("ContextVar() takes at most 1 positional argument (%d given)"
                            % len(args))
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kw):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    name = _ReadOnly('_name')

    def get(self, default=_NO_DEFAULT, /):
        data = _current()._data
        if self in data:
            return data[self]
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError("ContextVar.set() takes exactly one argument (%d given)" % len(args))
        value = args[0]
        ctx = _current()
        data = ctx._data
        old = data.get(self, Token.MISSING) if self in data else Token.MISSING
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token._make(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        new = dict(ctx._data)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        r = '<ContextVar name=%r' % (self._name,)
        if self._default is not _NO_DEFAULT:
            r += ' default=%r' % (self._default,)
        return r + ' at 0x%x>' % id(self)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """Returned by ContextVar.set(); pass it to ContextVar.reset()."""

    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    def __init_subclass__(cls, **kw):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @classmethod
    def _make(cls, ctx, var, old):
        tok = object.__new__(cls)
        tok._ctx = ctx
        tok._var = var
        tok._old = old
        tok._used = False
        return tok

    var = _ReadOnly('_var', "attribute 'var' of '_contextvars.Token' objects is not writable")
    old_value = _ReadOnly('_old', "attribute 'old_value' of '_contextvars.Token' objects "
                                  "is not writable")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var, id(self))


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
