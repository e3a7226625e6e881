"""Compare lib/glob.py with CPython's glob on a scratch directory tree."""
import os, sys, tempfile, glob, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weftlib
w = weftlib.load('glob')
bad = 0
d = tempfile.mkdtemp()
old = os.getcwd()
try:
    for p in ['a/b/c.txt', 'a/b/d.py', 'a/.hid/e.py', 'a/x.py', '.top.py', 'top.py', 'z[1].txt', 'q?/r.txt', 'a/b/deep/er/f.py']:
        os.makedirs(os.path.join(d, os.path.dirname(p)), exist_ok=True)
        open(os.path.join(d, p), 'w').close()
    os.symlink(os.path.join(d, 'a'), os.path.join(d, 'lnk'))
    os.chdir(d)
    pats = ['*', '*.py', '.*', 'a/*', 'a/*/*.py', '**', '**/*.py', 'a/**', 'a/**/', '**/', '*/', 'a/b/../*.py',
            'z[[]1].txt', 'q?/*', 'nope/*', 'a/b/c.txt', 'a/b/', 'missing', '', '[at]*', 'a/?/*', '**/*/', 'lnk/*', '**/e.py',
            os.path.join(d, '*.py'), os.path.join(d, '**', '*.txt')]
    for p in pats:
        for rec in (False, True):
            for hid in (False, True):
                a = glob.glob(p, recursive=rec, include_hidden=hid)
                b = w.glob(p, recursive=rec, include_hidden=hid)
                if a != b:
                    bad += 1
                    print('DIFF', repr(p), rec, hid, a, b)
                a = glob.glob(p, recursive=rec, root_dir=os.path.join(d, 'a'))
                b = w.glob(p, recursive=rec, root_dir=os.path.join(d, 'a'))
                if a != b:
                    bad += 1
                    print('DIFF root_dir', repr(p), rec, a, b)
        bp = p.encode()
        if glob.glob(bp, recursive=True) != w.glob(bp, recursive=True):
            bad += 1
            print('DIFF bytes', p)
    for s in ['a*b?c[d', b'x*[y', 'plain']:
        if glob.escape(s) != w.escape(s) or glob.has_magic(s) != w.has_magic(s):
            bad += 1
            print('escape', s)
finally:
    os.chdir(old)
    shutil.rmtree(d)
print('glob: %d mismatches' % bad)
