"""weft's importlib: import_module, reload, invalidate_caches over weft's import system.
https://docs.python.org/3.11/library/importlib.html"""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') needs the anchor `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        for ch in name:
            if ch != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if package not in sys.modules:
            raise ModuleNotFoundError(
                "No module named '{}'".format(package), name=package)
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    # Through the import statement's machinery even when the module is in sys.modules
    # already: a module another thread is still executing is waited for there, as
    # CPython's _find_and_load waits on the module's lock.
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """weft keeps no finder caches: nothing to do."""


def reload(module):
    """Re-execute a module's code in the same module object and return it."""
    from importlib import util
    import types
    if not isinstance(module, types.ModuleType):
        raise TypeError("reload() argument must be a module")
    spec = getattr(module, '__spec__', None)
    name = spec.name if spec is not None else getattr(module, '__name__', None)
    if not isinstance(name, str):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    parent = name.rpartition('.')[0]
    if parent and parent not in sys.modules:
        raise ImportError("parent {!r} not in sys.modules".format(parent), name=parent)
    new_spec = util.find_spec(name) if spec is None else util._find_spec_fresh(name)
    if new_spec is None:
        raise ModuleNotFoundError("spec not found for the module {!r}".format(name), name=name)
    loader = new_spec.loader
    if hasattr(loader, 'exec_module'):
        loader.exec_module(module)
    return sys.modules.get(name, module)
