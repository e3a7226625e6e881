"""weft's inspect: type predicates, members, docstrings, source lines and signatures.

Follows https://docs.python.org/3.11/library/inspect.html (the commonly used subset).
"""

import sys
import types
import enum as _enum

__all__ = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
    'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction',
    'isasyncgen', 'isawaitable', 'istraceback', 'isframe', 'iscode', 'isbuiltin',
    'ismethoddescriptor', 'isdatadescriptor', 'ismethodwrapper', 'isroutine',
    'isabstract', 'getmembers', 'getmro', 'getdoc', 'cleandoc', 'getfile',
    'getsourcefile', 'getmodule', 'getsourcelines', 'getsource', 'getmodulename',
    'unwrap', 'signature', 'Signature', 'Parameter', 'BoundArguments',
    'getfullargspec', 'FullArgSpec', 'getcallargs', 'currentframe', 'stack',
    'getattr_static', 'isasyncgen', 'CO_GENERATOR', 'CO_COROUTINE',
]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is a bound method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    try:
        import functools
        while isinstance(f, functools.partial):
            f = f.func
    except ImportError:
        pass
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    t = getattr(types, 'CoroutineType', None)
    return t is not None and isinstance(object, t)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    t = getattr(types, 'AsyncGeneratorType', None)
    return t is not None and isinstance(object, t)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if iscoroutine(object):
        return True
    if isgenerator(object) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(object), '__await__')


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, types.MethodWrapperType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but not __set__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, _METHOD_DESCRIPTORS):
        return True
    tp = type(object)
    if isinstance(object, _DATA_DESCRIPTORS):
        return False
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, _DATA_DESCRIPTORS):
        return True
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


# Built-in descriptor types (named here since their slots may not show as attributes).
_METHOD_DESCRIPTORS = (types.MethodDescriptorType, types.WrapperDescriptorType,
                       types.ClassMethodDescriptorType, classmethod, staticmethod)
_DATA_DESCRIPTORS = (property, types.GetSetDescriptorType, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor."""
    return isinstance(object, types.MemberDescriptorType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (has abstract methods)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', None))


# ---------------------------------------------------------------- members

def getmro(cls):
    """Return the tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers, without triggering descriptors."""
    return _getmembers(object, predicate, getattr_static)


def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + tuple(getmro(object))
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """Look an attribute up without running descriptors or __getattr__."""
    if not isinstance(obj, type):
        try:
            d = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            d = {}
        if attr in d:
            return d[attr]
        klass = type(obj)
    else:
        klass = obj
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if isinstance(obj, type):
        for base in type(obj).__mro__:
            if attr in base.__dict__:
                return base.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return the innermost object."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


# ---------------------------------------------------------------- docs

def cleandoc(doc):
    """Clean up indentation from docstrings: strip the common leading whitespace of
    the second and later lines, tabs expanded, and blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    indent = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            n = len(line) - content
            if indent is None or n < indent:
                indent = n
    if lines:
        lines[0] = lines[0].lstrip()
    if indent is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][indent:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    # For methods and properties without a docstring, the docstring of the same
    # attribute in a base class.
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else type(self)
    elif isfunction(obj):
        name = obj.__name__
        owner = obj.__qualname__.rpartition('.')[0]
        mod = sys.modules.get(obj.__module__)
        cls = mod
        for part in owner.split('.') if owner else ():
            cls = getattr(cls, part, None)
        if not isclass(cls):
            return None
    elif isinstance(obj, property) and obj.fget is not None:
        return None
    else:
        return None
    for base in cls.__mro__[1:]:
        v = base.__dict__.get(name)
        if v is not None:
            doc = getattr(v, '__doc__', None)
            if isinstance(doc, str):
                return doc
    return None


def getdoc(object):
    """The documentation string of an object, cleaned up with cleandoc (inherited
    from a base class's attribute where the object has none)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except Exception:
            doc = None
        if doc is None and not isclass(object):
            tdoc = getattr(type(object), '__doc__', None)
            if isinstance(tdoc, str) and type(object).__module__ not in ('builtins',):
                doc = tdoc
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getcomments(object):
    """Comment lines just above an object's source (None when there are none)."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    out = []
    i = lnum - 1
    while i >= 0 and lines[i].lstrip().startswith('#'):
        out.insert(0, lines[i].expandtabs().lstrip())
        i -= 1
    return ''.join(out) if out else None


# ---------------------------------------------------------------- source

def getfile(object):
    """The name of the (text or binary) file in which an object was defined."""
    if ismodule(object):
        f = getattr(object, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        mod = sys.modules.get(object.__module__)
        f = getattr(mod, '__file__', None) if mod is not None else None
        if f:
            return f
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name for a file path, or None if it is not a module file."""
    import os
    name = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.so'):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file an object was defined in, or None."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    import linecache
    if linecache.getlines(filename):
        return filename
    import os
    if os.path.exists(filename):
        return filename
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    mod = getattr(object, '__module__', None)
    if mod is not None:
        return sys.modules.get(mod)
    try:
        f = getfile(object)
    except TypeError:
        return None
    for m in list(sys.modules.values()):
        if getattr(m, '__file__', None) == f:
            return m
    return None


def _lines_of(object):
    import linecache
    try:
        filename = getsourcefile(object) or getfile(object)
    except TypeError:
        raise
    mod = getmodule(object)
    if mod is not None and hasattr(linecache, 'getlines'):
        lines = linecache.getlines(filename, getattr(mod, '__dict__', None))
    else:
        lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    return filename, lines


def _block_end(lines, start):
    """Index after the last line of the block (def/class/lambda) starting at `start`."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    i = start
    # Skip decorators and the header (which may span lines until ':').
    depth = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        for ch in line:
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
        i += 1
        if depth <= 0 and not stripped.startswith('@') and stripped.rstrip().endswith(':'):
            break
        if depth <= 0 and not stripped.startswith('@') and ':' in stripped and \
                stripped.split('#')[0].rstrip() and not stripped.split('#')[0].rstrip().endswith(':'):
            # one-line body ("def f(): return 1") or lambda
            return i
    last = i
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped or stripped.startswith('#'):
            i += 1
            continue
        if len(line) - len(line.lstrip()) <= indent:
            break
        i += 1
        last = i
    return last


def findsource(object):
    """(all lines of the source file, index of the object's first line)."""
    filename, lines = _lines_of(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        name = object.__qualname__.rpartition('.')[2]
        pat = re.compile(r'^(\s*)class\s*' + re.escape(name) + r'\b')
        candidates = []
        for i, line in enumerate(lines):
            m = pat.match(line)
            if m:
                candidates.append((len(m.group(1)), i))
        if not candidates:
            raise OSError('could not find class definition')
        candidates.sort()
        i = candidates[0][1]
        while i > 0 and lines[i - 1].lstrip().startswith('@'):
            i -= 1
        return lines, i
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getsourcelines(object):
    """(list of source lines, starting line number) of an object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    end = _block_end(lines, lnum)
    return lines[lnum:end], lnum + 1


def getsource(object):
    """The source text of an object (OSError when it cannot be found)."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def indentsize(line):
    """The number of leading whitespace columns of a line (tabs expanded)."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


# ---------------------------------------------------------------- frames

def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index) of a stack entry."""
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r})'.format(*self))


def _frame_info(frame, context):
    import linecache
    code = frame.f_code
    lineno = frame.f_lineno
    ctx = None
    index = None
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(code.co_filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            ctx = lines[start:start + context]
            index = lineno - 1 - start
    return FrameInfo(frame, code.co_filename, lineno, code.co_name, ctx, index)


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all outer frames."""
    out = []
    while frame is not None:
        out.append(_frame_info(frame, context))
        frame = frame.f_back
    return out


def stack(context=1):
    """FrameInfo records for the caller's stack."""
    return getouterframes(sys._getframe(1), context)


def getframeinfo(frame, context=1):
    """FrameInfo-like record (without the frame) for a frame or traceback."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
        fi = _frame_info(frame, context)
        return fi[1:2] + (lineno,) + fi[3:]
    return _frame_info(frame, context)[1:]


from _inspect_sig import (Parameter, Signature, BoundArguments, signature,  # noqa: E402
                         _empty, _void, _ParameterKind, getfullargspec, FullArgSpec,
                         getcallargs, formatannotation)
from _inspect_more import (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED,  # noqa: E402
                           CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED,
                           getgeneratorstate, getgeneratorlocals, getcoroutinestate,
                           getcoroutinelocals, ClosureVars, getclosurevars, get_annotations,
                           ArgInfo, Arguments, getargs, getargvalues, formatargvalues,
                           walktree, getclasstree, getlineno, getinnerframes)
from _inspect_classify import Attribute, classify_class_attrs  # noqa: E402
