"""More of inspect: generator state, closure variables, annotations, frame arguments, class trees.

Follows https://docs.python.org/3.11/library/inspect.html; re-exported by inspect.
"""

import builtins as _builtins
import collections as _collections
import sys as _sys
import types as _types

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

ClosureVars = _collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')
ArgInfo = _collections.namedtuple('ArgInfo', 'args varargs keywords locals')
Arguments = _collections.namedtuple('Arguments', 'args, varargs, varkw')


def _state(obj, prefix, running, suspended, frame):
    if getattr(obj, running):
        return prefix + 'RUNNING'
    if getattr(obj, suspended, False):
        return prefix + 'SUSPENDED'
    if getattr(obj, frame) is None:
        return prefix + 'CLOSED'
    return prefix + 'CREATED'


def getgeneratorstate(generator):
    """One of GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED."""
    return _state(generator, 'GEN_', 'gi_running', 'gi_suspended', 'gi_frame')


def getcoroutinestate(coroutine):
    """One of CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED."""
    return _state(coroutine, 'CORO_', 'cr_running', 'cr_suspended', 'cr_frame')


def getgeneratorlocals(generator):
    """The local variables of a suspended generator (empty once it is closed)."""
    if not isinstance(generator, _types.GeneratorType):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound) for the names func uses."""
    if isinstance(func, _types.MethodType):
        func = func.__func__
    if not isinstance(func, _types.FunctionType):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocals = {}
    for name, cell in zip(code.co_freevars, cells):
        nonlocals[name] = cell.cell_contents
    gns = func.__globals__
    bns = gns.get("__builtins__", _builtins.__dict__)
    if isinstance(bns, _types.ModuleType):
        bns = bns.__dict__
    found_globals, found_builtins, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in gns:
            found_globals[name] = gns[name]
        elif name in bns:
            found_builtins[name] = bns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, found_globals, found_builtins, unbound)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable (a new dict)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        if isinstance(ann, _types.GetSetDescriptorType):
            ann = None
        owner_globals = getattr(_sys.modules.get(obj.__module__, None), '__dict__', None)
        owner_locals = dict(vars(obj))
        unwrap = obj
    elif isinstance(obj, _types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        owner_globals = getattr(obj, '__dict__')
        owner_locals = None
        unwrap = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        owner_globals = getattr(obj, '__globals__', None)
        owner_locals = None
        unwrap = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap is not None:
        while True:
            if hasattr(unwrap, '__wrapped__'):
                unwrap = unwrap.__wrapped__
                continue
            if isinstance(unwrap, __import__('functools').partial):
                unwrap = unwrap.func
                continue
            break
        if hasattr(unwrap, "__globals__"):
            owner_globals = unwrap.__globals__
    if globals is None:
        globals = owner_globals
    if locals is None:
        locals = owner_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def getargs(co):
    """Arguments(args, varargs, varkw) from a code object's argument layout."""
    names = co.co_varnames
    npos = co.co_argcount
    nkw = co.co_kwonlyargcount
    args = list(names[:npos + nkw])
    i = npos + nkw
    varargs = varkw = None
    if co.co_flags & 4:
        varargs = names[i]
        i += 1
    if co.co_flags & 8:
        varkw = names[i]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) for a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(), **kw={})' from getargvalues()' result."""
    parts = [formatarg(a) + formatvalue(locals[a]) for a in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def walktree(classes, children, parent):
    """Nested [(class, bases), [subclasses...], ...] lists for getclasstree()."""
    out = []
    for cls in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        out.append((cls, cls.__bases__))
        if cls in children:
            out.append(walktree(children[cls], children, cls))
    return out


def getclasstree(classes, unique=False):
    """Arrange classes into a nested list by inheritance (see walktree)."""
    children = {}
    roots = []
    for cls in classes:
        if not cls.__bases__:
            if cls not in roots:
                roots.append(cls)
            continue
        for base in cls.__bases__:
            kids = children.setdefault(base, [])
            if cls not in kids:
                kids.append(cls)
            if unique and base in classes:
                break
    roots.extend(base for base in children if base not in classes)
    return walktree(roots, children, None)


def getlineno(frame):
    """The frame's current line number."""
    return frame.f_lineno


def getinnerframes(tb, context=1):
    """FrameInfo records from a traceback's frame down to where the exception was raised."""
    from inspect import _frame_info, FrameInfo
    out = []
    while tb is not None:
        fi = _frame_info(tb.tb_frame, context)
        out.append(FrameInfo(fi[0], fi[1], tb.tb_lineno, fi[3], fi[4], fi[5]))
        tb = tb.tb_next
    return out
