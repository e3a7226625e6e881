"""weft's inspect signatures: Parameter, Signature, BoundArguments, signature().

Part of weft's inspect module (https://docs.python.org/3.11/library/inspect.html#introspecting-callables-with-the-signature-object).
"""

import sys
import types
import enum as _enum
from collections import OrderedDict as _OrderedDict


class _void:
    """A private marker for "no value given"."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


_empty.__module__ = 'inspect'


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_TEXT[self]


_ParameterKind.__module__ = 'inspect'
_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_KIND_TEXT = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    """The text an annotation shows in a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            name = 'implicit' + name[1:]
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given attributes changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = '{}{}{!r}'.format(text, sep, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: the mapping of parameter names to arguments."""
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, p in self._signature.parameters.items():
            if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if p.kind == _VAR_POSITIONAL:
                out.extend(self.arguments[name])
            else:
                out.append(self.arguments[name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, p in self._signature.parameters.items():
            if not started:
                if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if p.kind == _VAR_KEYWORD:
                out.update(self.arguments[name])
            elif p.kind != _VAR_POSITIONAL:
                out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        """Set default values for the arguments that were not bound."""
        new = {}
        for name, p in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif p.default is not _empty:
                new[name] = p.default
            elif p.kind == _VAR_POSITIONAL:
                new[name] = ()
            elif p.kind == _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        parts = ['{}={!r}'.format(k, v) for k, v in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(parts))


class Signature:
    """The call signature of a callable: an ordered mapping of Parameters and a
    return annotation."""
    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = _OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top = _POSITIONAL_ONLY
                seen_default = False
                for p in parameters:
                    kind = p.kind
                    if kind < top:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top.description, kind.description))
                    if kind > top:
                        top = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if p.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if p.name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(p.name))
                    params[p.name] = p
            else:
                for p in parameters:
                    params[p.name] = p
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of a callable."""
        return _signature_of(obj, follow_wrapped, cls)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with the given attributes changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        kwo = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        rest = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        return hash((rest, kwo, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and self._key() == other._key())

    def _key(self):
        kwo = {p.name: p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY}
        rest = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        return rest, kwo

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = iter(self._parameters.values())
        pending = []
        i = 0
        n = len(args)
        kwargs = dict(kwargs)
        for p in params:
            if i >= n:
                pending.append(p)
                break
            if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if p.kind == _VAR_POSITIONAL:
                arguments[p.name] = tuple(args[i:])
                i = n
                break
            if p.name in kwargs and p.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(p.name)) from None
            arguments[p.name] = args[i]
            i += 1
        else:
            if i < n:
                raise TypeError('too many positional arguments') from None
        kw_param = None
        for p in pending + list(params):
            if p.kind == _VAR_KEYWORD:
                kw_param = p
                continue
            if p.kind == _VAR_POSITIONAL:
                continue
            if p.name in kwargs and not (p.kind == _POSITIONAL_ONLY):
                arguments[p.name] = kwargs.pop(p.name)
                continue
            if p.kind == _POSITIONAL_ONLY and p.name in kwargs:
                raise TypeError('{!r} parameter is positional only, but was passed as '
                                'a keyword'.format(p.name))
            if not partial and p.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(p.name)) from None
        if kwargs:
            if kw_param is not None:
                arguments[kw_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind arguments to parameters as a call would (TypeError if they do not fit)."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but missing required arguments are allowed."""
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        out = []
        slash = False
        star = True
        for p in self._parameters.values():
            kind = p.kind
            if kind == _POSITIONAL_ONLY:
                slash = True
            elif slash:
                out.append('/')
                slash = False
            if kind == _VAR_POSITIONAL:
                star = False
            elif kind == _KEYWORD_ONLY and star:
                out.append('*')
                star = False
            out.append(str(p))
        if slash:
            out.append('/')
        text = '({})'.format(', '.join(out))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)


def _from_function(cls, func, skip_first=False):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    idx = npos + nkw
    if code.co_flags & 4:
        name = names[idx]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
        idx += 1
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 8:
        name = names[idx]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    sig = cls(params, return_annotation=annotations.get('return', _empty),
              __validate_parameters__=False)
    if skip_first:
        sig = _drop_first(sig)
    return sig


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind != _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _from_partial(sig, part):
    params = list(sig.parameters.values())
    nargs = len(part.args)
    out = []
    i = 0
    for p in params:
        if nargs and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            nargs -= 1
            continue
        if nargs and p.kind == _VAR_POSITIONAL:
            nargs = 0
        out.append(p)
    if nargs:
        raise ValueError('partial object {!r} has incorrect arguments'.format(part))
    kw = part.keywords
    result = []
    to_kwonly = False
    for p in out:
        if p.name in kw and p.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            p = p.replace(default=kw[p.name])
            if p.kind == _POSITIONAL_OR_KEYWORD:
                to_kwonly = True
        if to_kwonly and p.kind == _POSITIONAL_OR_KEYWORD:
            p = p.replace(kind=_KEYWORD_ONLY)
        elif to_kwonly and p.kind == _VAR_POSITIONAL:
            continue
        result.append(p)
    return sig.replace(parameters=result)


def _user_method(cls, name):
    for k in cls.__mro__:
        if name in k.__dict__:
            m = k.__dict__[name]
            if isinstance(m, (staticmethod, classmethod)):
                m = m.__func__
            if isinstance(m, types.FunctionType):
                return m
            return None
    return None


def _builtin_sig(obj, cls):
    """The signature of a callable of the builtins module (its CPython text signature), or None."""
    import builtins
    name = getattr(obj, '__name__', None)
    if not isinstance(name, str) or getattr(builtins, name, None) is not obj:
        name = next((n for n in ('exit', 'quit', 'help', 'copyright', 'credits', 'license')
                     if getattr(builtins, n, None) is obj), None)
    from _inspect_sigdata import BUILTIN_SIGS
    text = BUILTIN_SIGS.get(name)
    if text is None:
        return None
    ns = {}
    exec('def _sig' + text + ': pass', ns)
    return _from_function(cls, ns['_sig'])


def _signature_of(obj, follow_wrapped=True, cls=Signature, skip_first=False):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, follow_wrapped, cls)
        return _drop_first(sig)
    if follow_wrapped:
        import inspect
        obj = inspect.unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow_wrapped, cls)
    try:
        sig = obj.__signature__
    except AttributeError:
        sig = None
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isinstance(obj, types.FunctionType):
        return _from_function(cls, obj)
    try:
        import functools
        if isinstance(obj, functools.partial):
            return _from_partial(_signature_of(obj.func, follow_wrapped, cls), obj)
    except ImportError:
        pass
    sig = _builtin_sig(obj, cls)
    if sig is not None:
        return sig
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None and type(obj) is not type:
            return _drop_first(_from_function(cls, call))
        new = _user_method(obj, '__new__')
        if new is not None:
            return _drop_first(_from_function(cls, new))
        init = _user_method(obj, '__init__')
        if init is not None:
            return _drop_first(_from_function(cls, init))
        for k in obj.__mro__[:-1]:
            if '__init__' in k.__dict__ or '__new__' in k.__dict__:
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
        return cls()
    if isinstance(obj, (types.BuiltinFunctionType, types.MethodWrapperType,
                        types.WrapperDescriptorType, types.MethodDescriptorType)):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return _drop_first(_from_function(cls, call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable (TypeError if it is not callable, ValueError if
    no signature can be found)."""
    return _signature_of(obj, follow_wrapped)


class FullArgSpec(tuple):
    """getfullargspec's result."""
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults',
               'annotations')

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return tuple.__new__(cls, (args, varargs, varkw, defaults, kwonlyargs,
                                   kwonlydefaults, annotations))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

    def __repr__(self):
        return 'FullArgSpec(' + ', '.join(
            '{}={!r}'.format(n, v) for n, v in zip(self._fields, self)) + ')'


def getfullargspec(func):
    """The names and defaults of a callable's parameters (as a FullArgSpec)."""
    try:
        sig = _signature_of(func, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    defaults = []
    kwonly = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for p in sig.parameters.values():
        if p.annotation is not _empty:
            annotations[p.name] = p.annotation
        if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not _empty:
                defaults.append(p.default)
        elif p.kind == _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == _KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, annotations)


for _c in (Parameter, Signature, BoundArguments, FullArgSpec):
    _c.__module__ = 'inspect'


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to values a call with these arguments would make."""
    if isinstance(func, types.MethodType):
        positional = (func.__self__,) + positional
        func = func.__func__
    sig = _signature_of(func, False)
    sig.bind(*positional, **named)
    params = list(sig.parameters.values())
    pos = [p for p in params if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)]
    out = {}
    n = min(len(positional), len(pos))
    for i in range(n):
        out[pos[i].name] = positional[i]
    varkw = None
    for p in params:
        if p.kind == _VAR_POSITIONAL:
            out[p.name] = tuple(positional[n:])
        elif p.kind == _VAR_KEYWORD:
            varkw = p.name
            out[varkw] = {}
    names = {p.name for p in params if p.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY)}
    for k, v in named.items():
        if k in names:
            out[k] = v
        else:
            out[varkw][k] = v
    for p in params:
        if p.name not in out and p.default is not _empty:
            out[p.name] = p.default
    return out
