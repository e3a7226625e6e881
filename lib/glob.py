"""glob -- Unix style pathname pattern expansion (weft's own implementation).

Follows https://docs.python.org/3.11/library/glob.html
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by weft")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _expand(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        return _skip_first_empty(it)
    return it


def _skip_first_empty(it):
    first = True
    for s in it:
        if first:
            first = False
            if not s:
                continue
        yield s


def _expand(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            # a pattern ending with a slash matches directories only
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _in_dir_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _in_dir_wild(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _expand(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            in_dir = _in_dir_recursive
        else:
            in_dir = _in_dir_wild
    else:
        in_dir = _in_dir_literal
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _in_dir_wild(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _in_dir_literal(dirname, basename, dironly, include_hidden=False):
    if basename:
        if _lexists(os.path.join(dirname, basename)):
            return [basename]
    else:
        if _isdir(dirname):
            return [basename]
    return []


def _in_dir_recursive(dirname, pattern, dironly, include_hidden=False):
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _walk_names(dirname, dironly, include_hidden=False):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            sub = os.path.join(dirname, x) if dirname else x
            for y in _walk_names(sub, dironly, include_hidden):
                yield os.path.join(x, y)


def glob0(dirname, pattern):
    return _in_dir_literal(dirname, pattern, False)


def glob1(dirname, pattern):
    return _in_dir_wild(dirname, pattern, False)


def _listdir(dirname, dironly):
    try:
        if dirname:
            it = os.scandir(dirname)
        else:
            it = os.scandir(os.curdir)
        try:
            names = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        name = entry.name
                        if isinstance(dirname, bytes) and isinstance(name, str):
                            name = os.fsencode(name)
                        names.append(name)
                except OSError:
                    pass
            return names
        finally:
            close = getattr(it, 'close', None)
            if close is not None:
                close()
    except OSError:
        return []


def _lexists(pathname):
    return os.path.lexists(pathname)


def _isdir(pathname):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def _ishidden(path):
    return path[:1] in ('.', b'.')


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """Escape all special characters."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = bytearray()
        for b in pathname:
            if b in b'*?[':
                out += b'[' + bytes([b]) + b']'
            else:
                out.append(b)
        pathname = bytes(out)
    else:
        pathname = ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
    return drive + pathname


_dir_open_flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)
