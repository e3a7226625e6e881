"""Compare lib/os.py, lib/posixpath.py, lib/genericpath.py with CPython's modules."""
import os, sys, posixpath, tempfile, itertools, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weftlib

saved = {k: sys.modules.get(k) for k in ('genericpath', 'posixpath', 'os.path')}
wgp = weftlib.install('genericpath')
wpp = weftlib.install('posixpath')
wos = weftlib.load('os')
for k, v in saved.items():
    sys.modules[k] = v

bad = 0


def same(label, f, g, *args, **kw):
    global bad
    try:
        a = ('ok', f(*args, **kw))
    except Exception as e:
        a = ('err', type(e).__name__, str(e))
    try:
        b = ('ok', g(*args, **kw))
    except Exception as e:
        b = ('err', type(e).__name__, str(e))
    if a != b:
        bad += 1
        print('DIFF', label, args, kw, '\n   cpython:', a, '\n   weft:   ', b)


samples = ['', '/', '//', '///', 'a', 'a/', '/a', 'a/b', 'a//b', 'a/./b', 'a/../b', '../a', '../../a/b/..',
           '/..', '/../a', '//a/b', '///a//b/', 'a/b/c/', '.', '..', './', '.hidden', 'a/.hidden', 'a.b.c',
           'a/b.c/d', 'a.', '..a', 'a/..b.c', '/a/b/../../..', 'a/b/./../c/.', '~', '~/x', '~root/x', '~nouserxyz/a',
           '$HOME/x', '${HOME}x', '$NOPE_X/a', '${NOPE', '$', 'a$', '$$', '${}', 'x/$HOME$HOME', 'é/ü.txt']
bsamples = [s.encode() for s in samples]
for s in samples + bsamples:
    for fn in ['normpath', 'split', 'splitext', 'basename', 'dirname', 'isabs', 'splitdrive', 'normcase',
               'abspath', 'expanduser', 'expandvars', 'realpath', 'exists', 'lexists', 'isdir', 'isfile',
               'islink', 'ismount']:
        same(fn, getattr(posixpath, fn), getattr(wpp, fn), s)
for a, b in itertools.product(samples[:20], repeat=2):
    same('join', posixpath.join, wpp.join, a, b)
    same('join3', posixpath.join, wpp.join, a, b, 'c')
    if a:
        same('relpath', posixpath.relpath, wpp.relpath, a, b or None)
    same('commonpath', posixpath.commonpath, wpp.commonpath, [a, b])
    same('commonprefix', posixpath.commonprefix, wpp.commonprefix, [a, b])
same('join', posixpath.join, wpp.join, 'a', b'b')
same('join', posixpath.join, wpp.join, 1)
same('join', posixpath.join, wpp.join, 'a', None)
same('commonpath', posixpath.commonpath, wpp.commonpath, [])
same('commonpath', posixpath.commonpath, wpp.commonpath, ['/a', 'b'])
same('commonpath', posixpath.commonpath, wpp.commonpath, ['/usr/lib', '/usr/local/lib', '/usr/lib/x'])
same('commonpath', posixpath.commonpath, wpp.commonpath, [b'/usr/lib', b'/usr/local/lib'])
same('commonpath', posixpath.commonpath, wpp.commonpath, ['/a', b'/b'])
same('relpath', posixpath.relpath, wpp.relpath, '')
same('relpath', posixpath.relpath, wpp.relpath, '/a/b/c', '/a/x/y')
same('relpath', posixpath.relpath, wpp.relpath, b'/a/b/c', b'/a')
same('relpath', posixpath.relpath, wpp.relpath, b'/a/b/c', '/a')
same('commonprefix', posixpath.commonprefix, wpp.commonprefix, [])
same('commonprefix', posixpath.commonprefix, wpp.commonprefix, [['a', 'b'], ['a', 'c']])

# filesystem
d = tempfile.mkdtemp()
try:
    same('makedirs', lambda p: os.makedirs(p) or sorted(os.listdir(d + '/x1')),
         lambda p: wos.makedirs(p.replace('x1', 'x2')) or sorted(os.listdir(d + '/x2')), d + '/x1/y/z')
    wos.makedirs(d + '/x2/y/z', exist_ok=True)
    same('makedirs exist', lambda p: os.makedirs(p), lambda p: wos.makedirs(p), d + '/x1/y/z')
    open(d + '/x1/f.txt', 'w').write('hello')
    open(d + '/x2/f.txt', 'w').write('hello')
    os.symlink(d + '/x1/f.txt', d + '/x1/lnk')
    os.symlink(d + '/x1/y', d + '/x1/dlnk')
    os.symlink(d + '/nonexist', d + '/x1/broken')
    for p in ['/x1', '/x1/f.txt', '/x1/lnk', '/x1/dlnk', '/x1/broken', '/x1/y/z', '/nope', '/x1/dlnk/z/../..']:
        for fn in ['exists', 'lexists', 'isdir', 'isfile', 'islink', 'getsize', 'realpath', 'ismount']:
            same(fn, getattr(posixpath, fn), getattr(wpp, fn), d + p)
    same('samefile', posixpath.samefile, wpp.samefile, d + '/x1/f.txt', d + '/x1/lnk')
    same('getmtime', posixpath.getmtime, wpp.getmtime, d + '/x1/f.txt')
    for td in [True, False]:
        for fl in [True, False]:
            same('walk', lambda p: list(os.walk(p, td, followlinks=fl)),
                 lambda p: list(wos.walk(p, td, followlinks=fl)), d + '/x1')
    os.symlink(d + '/x2/y', d + '/x2/dlnk')
    same('walk order', lambda p: [a.replace(d, '') for a, b, c in os.walk(p, False)],
         lambda p: [a.replace(d, '') for a, b, c in wos.walk(p, False)], d + '/x2')
    errs = []
    list(wos.walk(d + '/none', onerror=errs.append))
    same('walk onerror', lambda: 1, lambda: type(errs[0]).__name__ == 'FileNotFoundError' and 1)
    wos.renames(d + '/x2/f.txt', d + '/r/s/t.txt')
    same('renames', lambda: True, lambda: os.path.exists(d + '/r/s/t.txt'))
    wos.removedirs(d + '/x2/y/z')
    same('removedirs', lambda: True, lambda: not os.path.exists(d + '/x2/y'))
finally:
    import shutil
    shutil.rmtree(d)

# environ
wos.environ['WEFT_T1'] = 'v1'
same('environ get', lambda: 'v1', lambda: wos.environ['WEFT_T1'])
same('getenv', lambda: 'v1', lambda: wos.getenv('WEFT_T1'))
same('putenv', lambda: b'v1\n', lambda: subprocess.run('echo $WEFT_T1', shell=True, capture_output=True, env=None).stdout)
del wos.environ['WEFT_T1']
same('unsetenv', lambda: b'\n', lambda: subprocess.run('echo $WEFT_T1', shell=True, capture_output=True).stdout)
same('environ keyerror', lambda: os.environ['WEFT_NOPE'], lambda: wos.environ['WEFT_NOPE'])
same('environ type', lambda: os.environ.__setitem__('X', 1), lambda: wos.environ.__setitem__('X', 1))
same('environ repr', lambda: repr(os.environ)[:9], lambda: repr(wos.environ)[:9])
same('environ keys', lambda: sorted(os.environ), lambda: sorted(wos.environ))
same('environ copy', lambda: type(os.environ.copy()), lambda: type(wos.environ.copy()))
same('environ or', lambda: os.environ | {'A': 'b'} == dict(os.environ, A='b'), lambda: wos.environ | {'A': 'b'} == dict(wos.environ, A='b'))
same('environ pop', lambda: os.environ.pop('WEFT_NOPE', 5), lambda: wos.environ.pop('WEFT_NOPE', 5))
same('environb', lambda: os.environb[b'PATH'], lambda: wos.environb[b'PATH'])
for v in ['a', b'a', 1, None]:
    same('fspath', os.fspath, wos._fspath, v)
    same('fsencode', os.fsencode, wos.fsencode, v)
    same('fsdecode', os.fsdecode, wos.fsdecode, v)
same('fsdecode', os.fsdecode, wos.fsdecode, b'\xff\xfe')
same('fsencode', os.fsencode, wos.fsencode, 'a\udcff')
class P:
    def __fspath__(self): return 'p'
class Q:
    def __fspath__(self): return 3
same('fspath P', os.fspath, wos._fspath, P())
same('fspath Q', os.fspath, wos._fspath, Q())
same('PathLike', lambda: (isinstance(P(), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike)),
     lambda: (isinstance(P(), wos.PathLike), isinstance('x', wos.PathLike), issubclass(P, wos.PathLike)))
import pathlib
same('PathLike pathlib', lambda: isinstance(pathlib.Path(), os.PathLike), lambda: isinstance(pathlib.Path(), wos.PathLike))
for attr in ['sep', 'altsep', 'linesep', 'pathsep', 'curdir', 'pardir', 'devnull', 'extsep', 'name', 'defpath', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'O_RDONLY', 'O_CREAT', 'F_OK']:
    same(attr, lambda: getattr(os, attr), lambda: getattr(wos, attr))
for fn in ['getcwd', 'getpid', 'getppid', 'cpu_count', 'get_exec_path']:
    same(fn, getattr(os, fn), getattr(wos, fn))
same('urandom', lambda: len(os.urandom(5)), lambda: len(wos.urandom(5)))
same('error', lambda: os.error, lambda: wos.error)
same('fdopen', lambda: os.fdopen('x'), lambda: wos.fdopen('x'))
r, w = os.pipe()
f = wos.fdopen(w, 'w'); f.write('hi'); f.close()
same('fdopen io', lambda: 'hi', lambda: os.read(r, 10).decode())
os.close(r)
missing = [n for n in dir(os) if not n.startswith('_') and not hasattr(wos, n)]
print('names of CPython os missing from weft os:', missing)
print('os/posixpath: %d mismatches' % bad)
