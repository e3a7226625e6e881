"""os -- miscellaneous operating system interfaces, on top of posix (weft's own implementation).

Follows https://docs.python.org/3.11/library/os.html
"""

import sys
import posix as _posix
from posix import *

try:
    from posix import _exit
except ImportError:
    pass

import posixpath as path
sys.modules['os.path'] = path

from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

name = 'posix'
linesep = '\n'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_bytes_environ = True
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()

_S_IFMT = 0o170000
_S_IFDIR = 0o040000


# ---------------------------------------------------------------- fspath / PathLike

def _fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


if not hasattr(_posix, 'fspath'):
    fspath = _fspath


class _PathLikeMeta(type):
    """Makes isinstance(x, PathLike) true for anything with __fspath__."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            if not isinstance(sub, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for base in sub.__mro__:
                if '__fspath__' in base.__dict__:
                    return base.__dict__['__fspath__'] is not None
            for r in cls._registry:
                if issubclass(sub, r):
                    return True
            return False
        return type.__subclasscheck__(cls, sub)

    def register(cls, subclass):
        cls._registry.append(subclass)
        return subclass


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""
    _registry = []

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    def __class_getitem__(cls, item):
        try:
            from types import GenericAlias
        except ImportError:
            return cls
        return GenericAlias(cls, item)


# ---------------------------------------------------------------- encodings

def _fs_encoding():
    try:
        return sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()
    except AttributeError:
        return 'utf-8', 'surrogateescape'


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        enc, errs = _fs_encoding()
        return filename.encode(enc, errs)
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        enc, errs = _fs_encoding()
        return filename.decode(enc, errs)
    return filename


# ---------------------------------------------------------------- environ

_putenv = getattr(_posix, 'putenv', None)
_unsetenv = getattr(_posix, 'unsetenv', None)


class _Environ:
    """A mapping of environment variables; changes are passed to putenv/unsetenv."""

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        if _putenv is not None:
            _putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        if _unsetenv is not None:
            _unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            return self.encodekey(key) in self._data
        except TypeError:
            return False

    def __repr__(self):
        items = ", ".join('{!r}: {!r}'.format(self.decodekey(k), self.decodevalue(v))
                          for k, v in list(self._data.items()))
        return f"environ({{{items}}})"

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    __hash__ = None

    def keys(self):
        return [self.decodekey(k) for k in list(self._data)]

    def values(self):
        return [self.decodevalue(v) for v in list(self._data.values())]

    def items(self):
        return [(self.decodekey(k), self.decodevalue(v)) for k, v in list(self._data.items())]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(default)))
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self.items())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self.items())
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self.items())
        return new


def _createenviron():
    enc, errs = _fs_encoding()

    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value.encode(enc, errs)

    def decode(value):
        return value.decode(enc, errs)

    data = _posix.environ
    if data and isinstance(next(iter(data)), str):
        # an environ holding str already
        def ident(v):
            if not isinstance(v, str):
                raise TypeError("str expected, not %s" % type(v).__name__)
            return v
        return _Environ(data, ident, str, ident, str)
    return _Environ(data, encode, decode, encode, decode)


environ = _createenviron()
del _createenviron


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


def _bytes_ident(v):
    return v


environb = _Environ(environ._data, _check_bytes, _bytes_ident, _check_bytes, _bytes_ident)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Get an environment variable as bytes, return None if it doesn't exist."""
    return environb.get(key, default)


if not hasattr(_posix, 'getcwdb'):
    def getcwdb():
        """Return a bytes string representing the current working directory."""
        return fsencode(getcwd())


def get_exec_path(env=None):
    """Return the sequence of directories searched for an executable."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    return path_list.split(pathsep)


# ---------------------------------------------------------------- directories

def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, creating directories needed by new and pruning those emptied in old."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator yielding (dirpath, dirnames, filenames)."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        it = scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    try:
        while True:
            try:
                entry = next(it)
            except StopIteration:
                break
            except OSError as err:
                if onerror is not None:
                    onerror(err)
                return
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = True
                if walk_into:
                    walk_dirs.append(entry.path)
    finally:
        close = getattr(it, 'close', None)
        if close is not None:
            close()

    if topdown:
        yield top, dirs, nondirs
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# ---------------------------------------------------------------- files

def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to the file descriptor fd."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class _wrap_close:
    """File-like result of popen(); close() returns the exit status (or None)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        if name == 'nt':
            return returncode
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Run cmd through the shell; return a file reading its output (or feeding its input)."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE)
    return _wrap_close(proc.stdin, proc)


# ---------------------------------------------------------------- exec* helpers

def execl(file, *args):
    """execl(file, *args): execute the executable file with argument list args."""
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env): like execl with an environment mapping last."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """execlp(file, *args): like execl, searching PATH for file."""
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env): like execlp with an environment mapping last."""
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """execvp(file, args): execute file (searched on PATH) with argument list args."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env): like execvp with the environment env."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = execve
        argrest = (args, env)
    else:
        exec_func = execv
        argrest = (args,)
        env = environ
    if path.dirname(file):
        exec_func(file, *argrest)
        return
    saved_exc = None
    for dir in get_exec_path(env):
        fullname = path.join(dir, file)
        try:
            exec_func(fullname, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc


try:
    get_terminal_size = _posix.get_terminal_size
except AttributeError:
    pass

try:
    terminal_size = _posix.terminal_size
except AttributeError:
    pass


__all__ = [n for n in list(globals()) if not n.startswith('_')
           and n not in ('sys', 'path')] + ['path']


# os.environ is a MutableMapping, as in CPython (where _Environ subclasses it). Registered
# here or in collections.abc, whichever module is imported second, so that importing os
# does not import collections.abc.
def _register_environ(abc_module):
    abc_module.MutableMapping.register(_Environ)


if 'collections.abc' in sys.modules:
    _register_environ(sys.modules['collections.abc'])
