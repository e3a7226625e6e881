"""linecache -- random access to text lines of source files (weft's own implementation).

Follows https://docs.python.org/3.11/library/linecache.html
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazy entry
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache ('' when unavailable)."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, updating it if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (files changed or removed)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache.get(filename)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(filename, None)


def _find_cookie(line):
    # a "coding[:=] name" comment on one of the first two lines
    stripped = line.lstrip()
    if not stripped.startswith(b'#'):
        return None
    i = line.find(b'coding')
    while i >= 0:
        j = i + 6
        if j < len(line) and line[j:j + 1] in (b':', b'='):
            j += 1
            while j < len(line) and line[j:j + 1] in (b' ', b'\t'):
                j += 1
            k = j
            while k < len(line) and (chr(line[k]).isalnum() or line[k:k + 1] in (b'-', b'_', b'.')):
                k += 1
            if k > j:
                return line[j:k].decode('ascii', 'replace')
        i = line.find(b'coding', i + 1)
    return None


def _read_source(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    encoding = 'utf-8'
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    else:
        first_lines = data.split(b'\n', 2)[:2]
        for ln in first_lines:
            enc = _find_cookie(ln)
            if enc is not None:
                encoding = enc
                break
            if ln.strip() and not ln.lstrip().startswith(b'#'):
                break
    try:
        text = data.decode(encoding)
    except LookupError:
        raise SyntaxError("unknown encoding: " + encoding)
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
        return [ln + '\n' for ln in lines]
    out = [ln + '\n' for ln in lines]
    if out:
        out[-1] = out[-1][:-1]
    return out


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines (empty when unreadable)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if filename.startswith('<weft>/'):
        # weft's own library, embedded in the interpreter
        import _weft_import
        name = filename[7:].removesuffix('.py').removesuffix('/__init__').replace('/', '.')
        found = _weft_import.embedded(name)
        if found is None or found[0] != filename:
            return []
        lines = [line + '\n' for line in found[1].splitlines()]
        cache[filename] = (len(found[1]), None, lines, filename)
        return lines

    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (
                    len(data),
                    None,
                    [line + '\n' for line in data.splitlines()],
                    fullname
                )
                return cache[filename][2]
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read_source(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with a loader's get_source, read on first use."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            if spec is not None:
                loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, get_source=get_source):
                return get_source(name)
            cache[filename] = (get_lines,)
            return True
    return False
