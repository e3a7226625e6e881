"""weft's importlib.util: find_spec, spec_from_file_location, module_from_spec and friends.
https://docs.python.org/3.11/library/importlib.html#module-importlib.util"""

import sys
from importlib.machinery import (ModuleSpec, SourceFileLoader, BuiltinImporter,
                                 WeftEmbeddedLoader)

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'

_POPULATE = object()


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for ch in name:
        if ch != '.':
            break
        level += 1
    from importlib import _resolve_name
    return _resolve_name(name[level:], package, level)


def _join(base, name):
    if not base:
        return name
    return base.rstrip('/') + '/' + name


def _isfile(path):
    import os
    return os.path.isfile(path)


def _find_in_path(fullname, path, embedded=True):
    """Find `fullname` the way weft's import statement does (see crates/weft-vm import.rs)."""
    import _weft_import
    short = fullname.rpartition('.')[2]
    if path is None:
        if '.' not in fullname and _weft_import.is_builtin(fullname):
            return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
        search = list(sys.path)
    else:
        search = list(path)
    found = _weft_import.embedded(fullname) if embedded else None
    if found is not None and (path is None or any(
            isinstance(p, str) and p.startswith('<weft>') for p in search)):
        return _embedded_spec(fullname, found)
    for d in search:
        if not isinstance(d, str):
            continue
        base = d or '.'
        pkg = _join(base, short + '/__init__.py')
        if _isfile(pkg):
            return spec_from_file_location(fullname, _strip_dot(pkg))
        mod = _join(base, short + '.py')
        if _isfile(mod):
            return spec_from_file_location(fullname, _strip_dot(mod))
    if found is not None:
        return _embedded_spec(fullname, found)
    return None


def _strip_dot(p):
    while p.startswith('./'):
        p = p[2:]
    return p


def _embedded_spec(fullname, found):
    filename, source, is_pkg = found
    loader = WeftEmbeddedLoader(fullname, filename, source, is_pkg)
    spec = ModuleSpec(fullname, loader, origin=filename, is_package=is_pkg)
    if is_pkg:
        spec.submodule_search_locations = [filename.rpartition('/')[0]]
    spec.has_location = True
    return spec


def _find_spec_fresh(fullname):
    parent = fullname.rpartition('.')[0]
    path = None
    if parent:
        pmod = sys.modules.get(parent)
        if pmod is None:
            pmod = __import__(parent, fromlist=['__name__'])
        try:
            path = pmod.__path__
        except AttributeError:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} "
                f"while trying to find {fullname!r}", name=fullname) from None
    for finder in sys.meta_path:
        find = getattr(finder, 'find_spec', None)
        if find is not None:
            spec = find(fullname, path)
            if spec is not None:
                return spec
    return _find_in_path(fullname, path)


def find_spec(name, package=None):
    """Return the spec for the named module (None if it cannot be found)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(fullname)
    if module is None:
        return _find_spec_fresh(fullname)
    spec = getattr(module, '__spec__', None)
    if spec is None:
        if hasattr(module, '__spec__'):
            # weft's import statement does not record specs: describe the module now.
            spec = _spec_of_loaded(fullname, module)
            if spec is not None:
                return spec
            raise ValueError('{}.__spec__ is None'.format(name))
        raise ValueError('{}.__spec__ is not set'.format(name))
    return spec


def _spec_of_loaded(fullname, module):
    import _weft_import
    if _weft_import.is_builtin(fullname):
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    filename = getattr(module, '__file__', None)
    if not isinstance(filename, str):
        return None
    if filename.startswith('<weft>/'):
        found = _weft_import.embedded(fullname)
        return _embedded_spec(fullname, found) if found is not None else None
    return spec_from_file_location(fullname, filename)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec for a file location."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.fspath(location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None:
            try:
                if is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def module_from_spec(spec):
    """Create a new module based on spec and spec.loader.create_module."""
    module = None
    loader = spec.loader
    if hasattr(loader, 'create_module'):
        module = loader.create_module(spec)
    elif hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        import types
        module = types.ModuleType(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module):
    d = module.__dict__
    d['__name__'] = spec.name
    if spec.loader is not None or '__loader__' not in d:
        d['__loader__'] = spec.loader
    d['__package__'] = spec.parent
    d['__spec__'] = spec
    if spec.submodule_search_locations is not None:
        d['__path__'] = spec.submodule_search_locations
    if spec.has_location:
        d['__file__'] = spec.origin
        if spec.cached is not None:
            d['__cached__'] = spec.cached


def source_hash(source_bytes):
    """weft has no bytecode cache; a stable hash of the source for API compatibility."""
    import hashlib
    return hashlib.sha256(bytes(source_bytes)).digest()[:8]


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the bytecode file CPython would cache `path` in."""
    head, _, tail = path.rpartition('/')
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    stem = base if sep else rest
    name = '{}.{}{}.pyc'.format(stem, tag, '' if not optimization else '.opt-' + str(optimization))
    return (head + '/' if head else '') + '__pycache__/' + name


def source_from_cache(path):
    """The source path for a bytecode file path from cache_from_source()."""
    head, _, pycache_filename = path.rpartition('/')
    pycache = head.rpartition('/')
    if pycache[2] != '__pycache__':
        raise ValueError('__pycache__ not bottom-level directory in {!r}'.format(path))
    base = pycache_filename.split('.')[0]
    return (pycache[0] + '/' if pycache[0] else '') + base + '.py'


def decode_source(source_bytes):
    """Decode bytes holding source code (universal newlines)."""
    text = bytes(source_bytes).decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')
