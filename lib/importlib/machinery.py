"""weft's importlib.machinery: ModuleSpec, the loaders and finders weft's import system
is described by. https://docs.python.org/3.11/library/importlib.html#module-importlib.machinery"""

import sys

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every recognised suffix for modules."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The import-system-related state of a module."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'
                        .format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def _exec_source(source, filename, module):
    code = compile(source, filename, 'exec')
    exec(code, module.__dict__)


class BuiltinImporter:
    """Meta path importer for weft's native (Rust) modules."""

    _ORIGIN = 'built-in'

    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _weft_import
        if path is not None or not _weft_import.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        import _weft_import
        if not _weft_import.is_builtin(spec.name):
            raise ImportError('{!r} is not a built-in module'.format(spec.name),
                              name=spec.name)
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        """Native modules are initialised when created."""

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


class WeftEmbeddedLoader:
    """Loader for the modules weft embeds from its lib/ directory."""

    def __init__(self, fullname, path, source, is_package):
        self.name = fullname
        self.path = path
        self._source = source
        self._is_package = is_package

    def __repr__(self):
        return '<WeftEmbeddedLoader {!r}>'.format(self.name)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _exec_source(self._source, self.path, module)

    def get_source(self, fullname):
        return self._source

    def get_filename(self, fullname=None):
        return self.path

    def is_package(self, fullname):
        return self._is_package

    def get_code(self, fullname):
        return compile(self._source, self.path, 'exec')


class FileLoader:
    """Base loader for modules in files: holds the module name and path."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def create_module(self, spec):
        return None

    def load_module(self, fullname=None):
        import importlib.util
        name = fullname or self.name
        spec = importlib.util.spec_from_file_location(name, self.path, loader=self)
        module = sys.modules.get(name)
        if module is None:
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
        return sys.modules[name]


class SourceFileLoader(FileLoader):
    """Loader for Python source files."""

    def __repr__(self):
        return '<_frozen_importlib_external.SourceFileLoader object>'

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_source(self, fullname):
        data = self.get_data(self.path)
        return data.decode('utf-8')

    def source_to_code(self, data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        return self.source_to_code(self.get_data(self.path), self.path)

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class SourcelessFileLoader(FileLoader):
    """weft cannot run bytecode files."""

    def exec_module(self, module):
        raise ImportError('weft cannot load bytecode files', path=self.path)


class ExtensionFileLoader(FileLoader):
    """weft cannot load C extension modules."""

    def exec_module(self, module):
        raise ImportError('weft cannot load extension modules', path=self.path)


class PathFinder:
    """Finds modules on sys.path (or a package's __path__), embedded ones included."""

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import importlib.util
        return importlib.util._find_in_path(fullname, path)


class FileFinder:
    """Finds source files in one directory."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        import importlib.util
        return importlib.util._find_in_path(fullname, [self.path], embedded=False)

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)


WindowsRegistryFinder = None
FrozenImporter = BuiltinImporter
NamespaceLoader = None
