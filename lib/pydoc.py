"""pydoc: text documentation of functions, classes, methods and modules, as help() prints
it when standard output is not a terminal (weft writes it without a pager)."""

import builtins
import inspect
import re
import reprlib
import sys

__all__ = ['help', 'doc', 'render_doc', 'describe', 'locate', 'getdoc', 'plain',
           'plaintext', 'text', 'TextDoc', 'Helper', 'ErrorDuringImport']

_HIDDEN = frozenset({'__author__', '__builtins__', '__cached__', '__credits__', '__date__',
                     '__doc__', '__file__', '__spec__', '__loader__', '__module__', '__name__',
                     '__package__', '__path__', '__qualname__', '__slots__', '__version__'})


class ErrorDuringImport(Exception):
    """An error raised while importing the module being documented."""

    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


# ---------------------------------------------------------------- docstrings

def _own_doc(obj):
    """obj's own __doc__, or None when it only repeats its type's docstring."""
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        typedoc = type(obj).__doc__
        if isinstance(typedoc, str) and typedoc == doc:
            return None
    return doc


def _home_class(func):
    """The class a plain function was defined in, found through its __qualname__."""
    parts = func.__qualname__.split('.')
    if len(parts) < 2 or '<locals>' in parts[:-1]:
        return None
    cls = sys.modules.get(func.__module__)
    for part in parts[:-1]:
        cls = getattr(cls, part, None)
    return cls if inspect.isclass(cls) else None


def _inherited_doc(obj):
    """The docstring a method without one inherits from the same name up its MRO."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        cls = owner if inspect.isclass(owner) else type(owner)
    elif inspect.isfunction(obj):
        name = obj.__name__
        cls = _home_class(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif inspect.isbuiltin(obj) or inspect.ismethoddescriptor(obj):
        name = obj.__name__
        cls = getattr(obj, '__objclass__', None)
        if cls is None:
            return None
    elif isinstance(obj, property):
        name = obj.fget.__name__ if obj.fget is not None else None
        cls = _home_class(obj.fget) if inspect.isfunction(obj.fget) else None
        if name is None or cls is None:
            return None
    else:
        return None
    for base in getattr(cls, '__mro__', ()):
        try:
            doc = _own_doc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(obj):
    """The docstring of obj (inherited for methods), else the comments above its source."""
    try:
        result = _getdoc(obj) or inspect.getcomments(obj)
    except Exception:
        result = _getdoc(obj)
    return result and re.sub('^ *\n', '', result.rstrip()) or ''


def splitdoc(doc):
    """(synopsis line, rest) of a docstring."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


# ---------------------------------------------------------------- names and kinds

def classname(cls, modname):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def visiblename(name, all=None, obj=None):
    """Should help() show the attribute `name`?"""
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


def classify_class_attrs(cls):
    """inspect.classify_class_attrs with properties split into data descriptor kinds."""
    results = []
    for name, kind, home, value in inspect.classify_class_attrs(cls):
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
            if isinstance(value, property) and value.fset is None:
                kind = 'readonly property'
        elif kind == 'method' and _is_bound_method(value):
            kind = 'static method'
        results.append((name, kind, home, value))
    return results


def sort_attributes(attrs, cls):
    """Sort by a namedtuple's _fields order first, then by name."""
    fields = getattr(cls, '_fields', [])
    try:
        order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda attr: (order.get(attr[0], 0), attr[0]))


def _split_list(items, predicate):
    yes, no = [], []
    for item in items:
        (yes if predicate(item) else no).append(item)
    return yes, no


def describe(thing):
    """A short description of what thing is."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing) or inspect.ismemberdescriptor(thing):
        kind = 'getset' if inspect.isgetsetdescriptor(thing) else 'member'
        owner = thing.__objclass__
        return '%s descriptor %s.%s.%s' % (kind, owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


# ---------------------------------------------------------------- reprs

def cram(text, maxlen):
    """Shorten text to maxlen characters with '...' in the middle."""
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


_ADDRESS = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """Remove the object address from a default repr."""
    return _ADDRESS.sub(r'\1', text)


class TextRepr(reprlib.Repr):
    """Size-limited reprs for documentation."""

    def __init__(self):
        super().__init__()
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            meth = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
            if meth is not None:
                return meth(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        test = cram(x, self.maxstring)
        testrepr = repr(test)
        if '\\' in test and '\\' not in testrepr.replace(r'\\', ''):
            # a raw string shows the backslashes as they were written
            return 'r' + testrepr[0] + test + testrepr[0]
        return testrepr

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except Exception:
            return '<%s instance>' % x.__class__.__name__


from _pydoc_text import TextDoc, PlainTextDoc  # noqa: E402

text = TextDoc()
plaintext = PlainTextDoc()


def plain(s):
    """Remove the overstrike bold of TextDoc."""
    return re.sub('.\b', '', s)


# ---------------------------------------------------------------- help()

def locate(path, forceload=0):
    """The object a dotted path names (a module and attributes, or a builtin)."""
    parts = [p for p in path.split('.') if p]
    module, n = None, 0
    while n < len(parts):
        try:
            nextmodule = __import__('.'.join(parts[:n + 1]))
        except ImportError:
            break
        module, n = nextmodule, n + 1
    obj = module if module else builtins
    for part in parts[1:] if module else parts:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    """(object, name) for a thing or the dotted path of one."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return obj, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The text help() shows for thing."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not obj:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or inspect.isdatadescriptor(obj) or _getdoc(obj)):
        # an instance or plain data: document its type instead
        if hasattr(obj, '__origin__'):
            obj = obj.__origin__
        else:
            obj = type(obj)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(obj, name)


def plainpager(s):
    sys.stdout.write(plain(s))


pager = plainpager


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None,
        is_cli=False):
    """Show the documentation of thing (through the pager, or into output)."""
    try:
        if output is None:
            pager(render_doc(thing, title, forceload))
        else:
            output.write(render_doc(thing, title, forceload, plaintext))
    except (ImportError, ErrorDuringImport) as value:
        if is_cli:
            raise
        print(value)


class Helper:
    """The object behind help()."""

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return ('<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__))

    def __call__(self, request=None):
        if request is None:
            self.output.write("Welcome to weft's help utility. "
                              "Call help(object) for help about object.\n")
            return
        self.help(request)

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            if request in ('True', 'False', 'None'):
                doc(eval(request), 'Help on %s:', is_cli=is_cli)
            elif request:
                doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')


help = Helper()
