"""pathlib -- object-oriented filesystem paths (weft's own implementation, POSIX only).

Follows https://docs.python.org/3.11/library/pathlib.html
"""

import os
import sys
import posixpath
import fnmatch
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (2, 20, 9, 40)   # ENOENT, ENOTDIR, EBADF, ELOOP


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _parse_args(args):
    """Return (root, parts) for the joined path arguments."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = list(a._parts)
            else:
                parts.extend(a._parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError(
                "argument should be a str object or an os.PathLike "
                "object returning str, not %r" % type(a))
        if not a:
            continue
        if a[0] == '/':
            if a[1:2] == '/' and a[2:3] != '/':
                root = '//'
            else:
                root = '/'
            parts = []
        for x in a.split('/'):
            if x and x != '.':
                parts.append(x)
    return root, parts


class _PathParents:
    """Sequence of the logical ancestors of a path."""
    __slots__ = ('_path', '_len')

    def __init__(self, path):
        self._path = path
        self._len = len(path._parts)

    def __len__(self):
        return self._len

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._len)))
        if idx >= self._len or idx < -self._len:
            raise IndexError(idx)
        if idx < 0:
            idx += self._len
        p = self._path
        return p._from_parsed(p._root, p._parts[:self._len - idx - 1])

    def __iter__(self):
        for i in range(self._len):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """Base class for manipulating paths without I/O."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = _parse_args(args)
        self._str = None
        self._hash = None
        return self

    def _from_parsed(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = list(parts)
        new._str = None
        new._hash = None
        return new

    def _make_child_relpath(self, name):
        return self._from_parsed(self._root, self._parts + [name])

    def __str__(self):
        s = self._str
        if s is None:
            s = self._root + '/'.join(self._parts)
            if not s:
                s = '.'
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _quote(os.fsencode(str(self)))

    @property
    def _cparts(self):
        return ([self._root] if self._root else []) + self._parts

    def _same_flavour(self, other):
        return isinstance(other, PurePath) and not isinstance(other, PureWindowsPath) \
            and not isinstance(self, PureWindowsPath)

    def __eq__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._root == other._root and self._parts == other._parts

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash(tuple(self._cparts))
        return h

    def __lt__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix (always '' on POSIX)."""
        return ''

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        return parts[-1] if parts else ''

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed (or added, or removed)."""
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed arguments."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)._from_parts(other)
        n = len(base._parts)
        if (base._root != self._root or len(self._parts) < n
                or self._parts[:n] != base._parts):
            formatted = base._root + '/'.join(base._parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parsed('', self._parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """An object providing sequence-like access to the components."""
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    def joinpath(self, *args):
        """Combine this path with one or several arguments."""
        return type(self)._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._parts:
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has a root)."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved by the system."""
        return False

    def match(self, path_pattern):
        """Return True if this path matches the given pattern (matched from the right)."""
        pat = type(self)._from_parts((path_pattern,))
        if not pat._root and not pat._parts:
            raise ValueError("empty pattern")
        pat_parts = pat._cparts
        parts = self._cparts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pp in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pp):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


def _split_win_anchor(a):
    """Split a backslash-normalised Windows path into (drive, root, rest)."""
    if a[:2] == '\\\\' and a[2:3] != '\\':
        i = a.find('\\', 2)
        j = a.find('\\', i + 1) if i >= 0 else -1
        if i > 2 and j != i + 1:
            if j < 0:
                return a, '\\', ''
            return a[:j], '\\', a[j + 1:]
    if a[1:2] == ':' and a[:1].isalpha():
        drv, a = a[:2], a[2:]
    else:
        drv = ''
    if a[:1] == '\\':
        return drv, '\\', a.lstrip('\\')
    return drv, '', a


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems (pure operations only)."""
    __slots__ = ()

    def __new__(cls, *args):
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        drv, root, parts = '', '', []
        for a in args:
            if isinstance(a, PureWindowsPath):
                a = str(a)
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
            a = a.replace('/', '\\')
            d, r, rest = _split_win_anchor(a)
            if d and d.lower() != drv.lower():
                drv, root, parts = d, r, []
            elif d:
                drv = d
                if r:
                    root, parts = r, []
            elif r:
                root, parts = r, []
            for x in rest.split('\\'):
                if x and x != '.':
                    parts.append(x)
        self = object.__new__(cls)
        self._root = drv + root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def __str__(self):
        s = self._str
        if s is None:
            s = self._root + '\\'.join(self._parts)
            if not s:
                s = '.'
            self._str = s
        return s

    def as_posix(self):
        """Return the string representation of the path with forward slashes."""
        return str(self).replace('\\', '/')

    def _same_flavour(self, other):
        return isinstance(other, PureWindowsPath)

    @property
    def _cparts(self):
        return [p.lower() for p in ([self._root] if self._root else []) + self._parts]

    def __eq__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash(tuple(self._cparts))
        return h

    @property
    def drive(self):
        """The drive prefix (letter or UNC share), if any."""
        return _split_win_anchor(self._root)[0]

    @property
    def root(self):
        """The root of the path, if any."""
        return _split_win_anchor(self._root)[1]

    def is_absolute(self):
        """True if the path has both a drive and a root."""
        drv, root, _ = _split_win_anchor(self._root)
        return bool(drv and root)

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or '\\' in name or name == '.' or ':' in name:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + [name])


_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote(b):
    return ''.join(chr(c) if c in _SAFE else '%%%02X' % c for c in b)


# ---------------------------------------------------------------- concrete paths

class Path(PurePath):
    """PurePath subclass that can make system calls."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """Yield path objects of the directory contents (not '.' and '..')."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files matching pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._parts)
        if pattern[-1] == '/':
            parts.append('')
        return self._select(parts)

    def rglob(self, pattern):
        """Like glob() with '**/' added in front of the pattern."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = ['**'] + list(pat._parts)
        if pattern and pattern[-1] == '/':
            parts.append('')
        return self._select(parts)

    def _select(self, parts):
        for part in parts:
            if '**' in part and part != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if not self.is_dir():
            return iter([])
        return _select(self, parts, 0)

    def absolute(self):
        """Return an absolute version of this path (no normalization, no symlinks)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks and normalizing it."""
        s = os.path.realpath(self, strict=strict)
        p = self._from_parts((s,))
        return p

    def stat(self, *, follow_symlinks=True):
        """Return the result of os.stat() on this path."""
        if follow_symlinks:
            return os.stat(self)
        return os.lstat(self)

    def owner(self):
        """Return the login name of the file owner."""
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """Return the group name of the file gid."""
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed to by this path and return a file object."""
        import io
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        import io
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        import io
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """Return the path to which the symbolic link points."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        os.chmod(self, mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        os.rmdir(self)

    def lstat(self):
        """Like stat(), except if the path points to a symlink."""
        return os.lstat(self)

    def rename(self, target):
        """Rename this path to the target path; return the new Path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if it exists."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to the target path."""
        os.symlink(target, self)

    def hardlink_to(self, target):
        """Make this path a hard link pointing to the same file as target."""
        os.link(target, self)

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        """Whether this path exists."""
        return self._mode() is not None

    def is_dir(self):
        """Whether this path is a directory."""
        m = self._mode()
        return m is not None and S_ISDIR(m)

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks pointing to regular files)."""
        m = self._mode()
        return m is not None and S_ISREG(m)

    def is_mount(self):
        """Check if this path is a POSIX mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_st = self.parent.stat()
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_st.st_dev:
            return True
        return st.st_ino == parent_st.st_ino

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        m = self._mode(False)
        return m is not None and S_ISLNK(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if not self._root and self._parts and self._parts[0][:1] == '~':
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """WindowsPath is not supported on this system."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))


# ---------------------------------------------------------------- glob selection

def _entries(path, dironly):
    try:
        it = os.scandir(path)
    except OSError:
        return []
    out = []
    try:
        for entry in it:
            if dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            out.append(entry)
    except PermissionError:
        pass
    finally:
        close = getattr(it, 'close', None)
        if close is not None:
            close()
    return out


def _iter_dirs(path):
    """path itself, then every directory below it (depth-first, not following symlinks)."""
    yield path
    for entry in _entries(path, False):
        try:
            is_dir = entry.is_dir()
        except OSError as e:
            if not _ignore_error(e):
                raise
            continue
        if is_dir and not entry.is_symlink():
            yield from _iter_dirs(path._make_child_relpath(entry.name))


def _select(path, parts, i):
    if i == len(parts):
        yield path
        return
    part = parts[i]
    last = i == len(parts) - 1
    dironly = not last
    if part == '**':
        # collapse consecutive '**'
        j = i
        while j + 1 < len(parts) and parts[j + 1] == '**':
            j += 1
        seen = set()
        for d in _iter_dirs(path):
            for p in _select(d, parts, j + 1):
                if p not in seen:
                    yield p
                    seen.add(p)
        return
    if part == '':
        # trailing slash: directories only
        if path.is_dir():
            yield path
        return
    if '*' in part or '?' in part or '[' in part:
        for entry in _entries(path, dironly):
            name = entry.name
            if fnmatch.fnmatchcase(name, part):
                yield from _select(path._make_child_relpath(name), parts, i + 1)
        return
    child = path._make_child_relpath(part)
    ok = child.is_dir() if dironly else child.exists()
    if ok:
        yield from _select(child, parts, i + 1)
