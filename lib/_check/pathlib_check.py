"""Compare lib/pathlib.py with CPython's pathlib."""
import os, sys, tempfile, shutil, itertools
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weftlib
import pathlib as P
W = weftlib.load('pathlib')
bad = 0


def res(f):
    try:
        r = f()
        if hasattr(r, '__next__'):
            r = list(r)
        return ('ok', norm(r))
    except Exception as e:
        return ('err', type(e).__name__, str(e))


def norm(r):
    if isinstance(r, (list, tuple)):
        return type(r)(norm(x) for x in r)
    if isinstance(r, (P.PurePath, W.PurePath)):
        return (type(r).__name__, str(r), repr(r))
    if isinstance(r, os.stat_result):
        return r.st_ino
    return r


def same(label, fa, fb):
    global bad
    a, b = res(fa), res(fb)
    if a != b:
        bad += 1
        print('DIFF', label, '\n   cpython:', a, '\n   weft:   ', b)


paths = ['', '.', '/', '//', '///', 'a', 'a/b', '/a/b', '//a/b', 'a//b/./c', 'a/../b', '../a', 'a/b.txt', 'a/b.tar.gz',
         '.bashrc', 'a/.x.y', 'a.', 'a/b/', '~', '~/x', '/a/b/c/d', 'a/b c', 'é/ü']
for s in paths:
    for cls in ('PurePath', 'PurePosixPath', 'Path', 'PosixPath'):
        A = getattr(P, cls)
        B = getattr(W, cls)
        for attr in ['parts', 'name', 'suffix', 'suffixes', 'stem', 'parent', 'root', 'anchor', 'drive']:
            same(f'{cls}({s!r}).{attr}', lambda: getattr(A(s), attr), lambda: getattr(B(s), attr))
        for m in ['__str__', '__repr__', 'as_posix', 'is_absolute', 'is_reserved', '__bytes__', '__fspath__', 'as_uri', '__hash__']:
            same(f'{cls}({s!r}).{m}()', lambda: getattr(A(s), m)(), lambda: getattr(B(s), m)())
        same(f'{cls}({s!r}).parents', lambda: (list(A(s).parents), len(A(s).parents), repr(A(s).parents)),
             lambda: (list(B(s).parents), len(B(s).parents), repr(B(s).parents)))
        same(f'{cls}({s!r}).parents[-1]', lambda: A(s).parents[-1], lambda: B(s).parents[-1])
        same(f'{cls}({s!r}).parents[0:2]', lambda: A(s).parents[0:2], lambda: B(s).parents[0:2])
        for arg in ['x', 'x.py', '', '.', 'a/b', '.tar']:
            same(f'with_name {s!r} {arg!r}', lambda: A(s).with_name(arg), lambda: B(s).with_name(arg))
            same(f'with_suffix {s!r} {arg!r}', lambda: A(s).with_suffix(arg), lambda: B(s).with_suffix(arg))
            same(f'with_stem {s!r} {arg!r}', lambda: A(s).with_stem(arg), lambda: B(s).with_stem(arg))
for s, t in itertools.product(paths[:16], repeat=2):
    same(f'join {s!r} {t!r}', lambda: P.PurePath(s) / t, lambda: W.PurePath(s) / t)
    same(f'rjoin {s!r} {t!r}', lambda: s / P.PurePath(t), lambda: s / W.PurePath(t))
    same(f'joinpath {s!r} {t!r}', lambda: P.Path(s).joinpath(t, 'z'), lambda: W.Path(s).joinpath(t, 'z'))
    same(f'relative_to {s!r} {t!r}', lambda: P.PurePath(s).relative_to(t), lambda: W.PurePath(s).relative_to(t))
    same(f'is_relative_to {s!r} {t!r}', lambda: P.PurePath(s).is_relative_to(t), lambda: W.PurePath(s).is_relative_to(t))
    same(f'cmp {s!r} {t!r}', lambda: (P.PurePath(s) == P.PurePath(t), P.PurePath(s) < P.PurePath(t), P.PurePath(s) >= P.PurePath(t)),
         lambda: (W.PurePath(s) == W.PurePath(t), W.PurePath(s) < W.PurePath(t), W.PurePath(s) >= W.PurePath(t)))
for s in paths:
    for pat in ['*', '*.txt', 'b/*', '/a/*', 'a/b', '**/b', '', 'a/*/c', '*.gz', '/*', 'b.*']:
        same(f'match {s!r} {pat!r}', lambda: P.PurePath(s).match(pat), lambda: W.PurePath(s).match(pat))
same('bytes arg', lambda: P.PurePath(b'a'), lambda: W.PurePath(b'a'))
same('relative_to none', lambda: P.PurePath('a').relative_to(), lambda: W.PurePath('a').relative_to())
same('relative_to multi', lambda: P.PurePath('/a/b/c').relative_to('/a', 'b'), lambda: W.PurePath('/a/b/c').relative_to('/a', 'b'))
same('lt str', lambda: P.PurePath('a') < 'b', lambda: W.PurePath('a') < 'b')
same('eq str', lambda: P.PurePath('a') == 'a', lambda: W.PurePath('a') == 'a')
same('pure eq concrete', lambda: P.PurePosixPath('a') == P.PosixPath('a'), lambda: W.PurePosixPath('a') == W.PosixPath('a'))
same('sorted', lambda: sorted([P.PurePath(x) for x in paths]), lambda: sorted([W.PurePath(x) for x in paths]))
same('fspath', lambda: os.fspath(P.Path('a/b')), lambda: os.fspath(W.Path('a/b')))
same('PathLike', lambda: isinstance(P.Path(), os.PathLike), lambda: isinstance(W.Path(), os.PathLike))
same('type Path()', lambda: type(P.Path()).__name__, lambda: type(W.Path()).__name__)
same('Path(Path)', lambda: P.Path(P.Path('a'), 'b'), lambda: W.Path(W.Path('a'), 'b'))

d = tempfile.mkdtemp()
old = os.getcwd()
try:
    os.chdir(d)
    for p in ['a/b/c.txt', 'a/b/d.py', 'a/.hid/e.py', 'a/x.py', '.top.py', 'top.py', 'a/b/deep/er/f.py']:
        os.makedirs(os.path.dirname(p) or '.', exist_ok=True)
        with open(p, 'w') as f:
            f.write(p)
    os.symlink('a', 'lnk')
    os.symlink('nowhere', 'broken')
    for s in ['.', 'a', 'a/b/c.txt', 'lnk', 'broken', 'nope', d, 'a/b/c.txt/x']:
        for m in ['exists', 'is_dir', 'is_file', 'is_symlink', 'is_mount', 'is_fifo', 'is_socket', 'absolute', 'resolve',
                  'stat', 'lstat', 'is_block_device', 'is_char_device', 'read_text', 'read_bytes', 'readlink', 'expanduser',
                  'owner']:
            same(f'Path({s!r}).{m}()', lambda: getattr(P.Path(s), m)(), lambda: getattr(W.Path(s), m)())
        same(f'iterdir {s}', lambda: sorted(P.Path(s).iterdir()), lambda: sorted(W.Path(s).iterdir()))
        for pat in ['*', '*.py', '**', '**/*.py', 'a/*', '*/', '**/', 'a/**/*.py', '.*', 'b', '*/b/*', 'a/**', '', '/x', 'a**b', '**/**/*.txt', 'lnk/*']:
            same(f'glob {s!r} {pat!r}', lambda: P.Path(s).glob(pat), lambda: W.Path(s).glob(pat))
            same(f'rglob {s!r} {pat!r}', lambda: P.Path(s).rglob(pat), lambda: W.Path(s).rglob(pat))
    same('cwd', lambda: P.Path.cwd(), lambda: W.Path.cwd())
    same('home', lambda: P.Path.home(), lambda: W.Path.home())
    same('samefile', lambda: P.Path('lnk').samefile('a'), lambda: W.Path('lnk').samefile('a'))
    for mod, tag in ((P, 'p'), (W, 'w')):
        q = mod.Path(tag + '_new/x/y')
        same('mkdir noparents ' + tag, lambda: P.Path('nonex/x/y').mkdir(), lambda: W.Path('nonex/x/y').mkdir())
        q.mkdir(parents=True)
        q.mkdir(parents=True, exist_ok=True)
        f = q / 'f.txt'
        f.write_text('héllo\n')
        f.touch()
        (q / 'g.bin').write_bytes(b'\x00\x01')
        (q / 'h').touch()
        f.rename(q / 'f2.txt')
    same('tree', lambda: sorted(str(p) for p in P.Path('p_new').rglob('*')),
         lambda: sorted(str(p).replace('w_new', 'p_new') for p in W.Path('w_new').rglob('*')))
    same('read', lambda: P.Path('p_new/x/y/f2.txt').read_text(), lambda: W.Path('w_new/x/y/f2.txt').read_text())
    same('touch excl', lambda: P.Path('p_new/x/y/h').touch(exist_ok=False), lambda: W.Path('p_new/x/y/h').touch(exist_ok=False))
    same('unlink missing', lambda: P.Path('nope').unlink(), lambda: W.Path('nope').unlink())
    same('unlink missing_ok', lambda: P.Path('nope').unlink(missing_ok=True), lambda: W.Path('nope').unlink(missing_ok=True))
    same('write_text type', lambda: P.Path('zz').write_text(b'x'), lambda: W.Path('zz').write_text(b'x'))
    same('rmdir nonempty', lambda: P.Path('p_new').rmdir(), lambda: W.Path('p_new').rmdir())
    with W.Path('w_new/x/y/g.bin').open('rb') as fh:
        same('open', lambda: b'\x00\x01', lambda: fh.read())
finally:
    os.chdir(old)
    shutil.rmtree(d)
print('pathlib: %d mismatches' % bad)
