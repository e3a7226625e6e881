"""posixpath -- os.path for POSIX systems (weft's own implementation).

Follows https://docs.python.org/3.11/library/os.path.html
"""

import posix as _posix
import genericpath
from genericpath import *
from genericpath import _check_arg_types

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

_fspath = _posix.fspath


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    if isinstance(s, bytes):
        return s.startswith(b'/')
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    s = b'/' if isinstance(a, bytes) else '/'
    path = a
    try:
        if not p:
            path[:0] + s
        for b in p:
            b = _fspath(b)
            if b.startswith(s):
                path = b
            elif not path or path.endswith(s):
                path += b
            else:
                path += s + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail) where tail is everything after the final slash."""
    p = _fspath(p)
    s = b'/' if isinstance(p, bytes) else '/'
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext)."""
    p = _fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')



def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    s = b'/' if isinstance(p, bytes) else '/'
    return p[p.rfind(s) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    s = b'/' if isinstance(p, bytes) else '/'
    i = p.rfind(s) + 1
    head = p[:i]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = _posix.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return st.st_mode & 0o170000 == 0o120000


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        s1 = _posix.lstat(path)
    except (OSError, ValueError):
        return False
    else:
        if s1.st_mode & 0o170000 == 0o120000:
            return False
    path = _fspath(path)
    if isinstance(path, bytes):
        parent = join(path, b'..')
    else:
        parent = join(path, '..')
    parent = realpath(parent)
    try:
        s2 = _posix.lstat(parent)
    except (OSError, ValueError):
        return False
    if s1.st_dev != s2.st_dev:
        return True
    if s1.st_ino == s2.st_ino:
        return True
    return False


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown, do nothing."""
    path = _fspath(path)
    if isinstance(path, bytes):
        tilde = b'~'
        s = b'/'
    else:
        tilde = '~'
        s = '/'
    if not path.startswith(tilde):
        return path
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        if 'HOME' not in os.environ:
            try:
                import pwd
                userhome = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError, AttributeError):
                return path
        else:
            userhome = os.environ['HOME']
    else:
        try:
            import pwd
        except ImportError:
            return path
        name = path[1:i]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        try:
            pwent = pwd.getpwnam(name)
        except KeyError:
            return path
        userhome = pwent.pw_dir
    if userhome is None and path[:0] == '':
        return path
    if isinstance(path, bytes) and isinstance(userhome, str):
        import os
        userhome = os.fsencode(userhome)
    root = s
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def _is_name_char(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9') or c == '_'


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables are left unchanged."""
    path = _fspath(path)
    import os
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
        environ = getattr(os, 'environb', None)
        is_bytes = True
    else:
        if '$' not in path:
            return path
        text = path
        environ = os.environ
        is_bytes = False
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find('$', i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        k = j + 1
        if k < n and text[k] == '{':
            end = text.find('}', k + 1)
            if end < 0:
                out.append(text[j:k + 1])
                i = k + 1
                continue
            name = text[k + 1:end]
            stop = end + 1
        else:
            m = k
            while m < n and _is_name_char(text[m]):
                m += 1
            if m == k:
                out.append('$')
                i = k
                continue
            name = text[k:m]
            stop = m
        try:
            if environ is None:
                value = os.fsencode(os.environ[os.fsdecode(name.encode('latin-1'))]).decode('latin-1')
            elif is_bytes:
                value = environ[name.encode('latin-1')].decode('latin-1')
            else:
                value = environ[name]
        except KeyError:
            out.append(text[j:stop])
        else:
            out.append(value)
        i = stop
    res = ''.join(out)
    if is_bytes:
        return res.encode('latin-1')
    return res


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        s, dot, dotdot, empty = b'/', b'.', b'..', b''
    else:
        s, dot, dotdot, empty = '/', '.', '..', ''
    if path == empty:
        return dot
    if path.startswith(s):
        if path.startswith(s + s) and not path.startswith(s + s + s):
            initial = 2
        else:
            initial = 1
    else:
        initial = 0
    comps = path.split(s)
    new = []
    for c in comps:
        if c == empty or c == dot:
            continue
        if c != dotdot or (not initial and not new) or (new and new[-1] == dotdot):
            new.append(c)
        elif new:
            new.pop()
    path = s.join(new)
    if initial:
        path = s * initial + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _posix.getcwdb() if hasattr(_posix, 'getcwdb') else _posix.getcwd().encode('utf-8', 'surrogateescape')
        else:
            cwd = _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = _fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = s
    while rest:
        name, _, rest = rest.partition(s)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, name = split(path)
                if name == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            st = _posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _posix.stat(newpath)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, _posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(s) if x]
        path_list = [x for x in abspath(path).split(s) if x]
        i = 0
        n = min(len(start_list), len(path_list))
        while i < n and start_list[i] == path_list[i]:
            i += 1
        rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return dot
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    try:
        split_paths = [p.split(s) for p in paths]
        try:
            isabs_, = set(p[:1] == s for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in sp if c and c != dot] for sp in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i, c in enumerate(lo):
            if c != hi[i]:
                common = lo[:i]
                break
        prefix = s if isabs_ else s[:0]
        return prefix + s.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
