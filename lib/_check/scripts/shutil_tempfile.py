import os, shutil, tempfile, re, io
def norm(s):
    return re.sub(r'tmp[a-z0-9_]{8}', 'TMP', str(s))
print(tempfile.gettempdir(), tempfile.gettempprefix(), type(tempfile.gettempdirb()))
d = tempfile.mkdtemp(prefix='pre_', suffix='_suf')
print(norm(os.path.basename(d)).startswith('pre_'), d.endswith('_suf'), oct(os.stat(d).st_mode & 0o777))
fd, name = tempfile.mkstemp(suffix='.txt', dir=d)
os.write(fd, b'data'); os.close(fd)
print(os.path.dirname(name) == d, name.endswith('.txt'), oct(os.stat(name).st_mode & 0o777), len(os.path.basename(name)))
with tempfile.NamedTemporaryFile('w+', suffix='.log', dir=d) as f:
    f.write('hello\nworld\n'); f.flush()
    print(os.path.exists(f.name), f.name.endswith('.log'))
    f.seek(0)
    print(list(f), f.read())
    n = f.name
print(os.path.exists(n))
f = tempfile.NamedTemporaryFile(delete=False, dir=d)
f.write(b'x'); f.close()
print(os.path.exists(f.name))
with tempfile.TemporaryFile('w+') as t:
    t.write('abc'); t.seek(0); print(t.read(), type(t.name).__name__)
with tempfile.TemporaryDirectory(dir=d) as td:
    print(os.path.isdir(td))
    open(os.path.join(td, 'f'), 'w').close()
print(os.path.exists(td))
td = tempfile.TemporaryDirectory()
print(norm(repr(td)).startswith("<TemporaryDirectory '"))
td.cleanup(); td.cleanup()
s = tempfile.SpooledTemporaryFile(max_size=10, mode='w+')
s.write('12345'); print(s._rolled); s.write('678901234'); print(s._rolled)
s.seek(0); print(s.read()); s.close()
# shutil
src = os.path.join(d, 'src'); os.makedirs(os.path.join(src, 'sub', 'deep'))
for p, c in [('a.txt', 'A'), ('b.py', 'B'), ('sub/c.txt', 'C'), ('sub/deep/d.pyc', 'D')]:
    with open(os.path.join(src, p), 'w') as fh: fh.write(c)
os.chmod(os.path.join(src, 'b.py'), 0o755)
os.symlink('a.txt', os.path.join(src, 'link'))
dst = shutil.copytree(src, os.path.join(d, 'dst'), ignore=shutil.ignore_patterns('*.pyc'))
print(os.path.basename(dst), sorted(os.path.relpath(os.path.join(r, f), dst) for r, ds, fs in os.walk(dst) for f in fs))
print(os.path.islink(os.path.join(dst, 'link')))
dst2 = shutil.copytree(src, os.path.join(d, 'dst2'), symlinks=True)
print(os.path.islink(os.path.join(dst2, 'link')))
try:
    shutil.copytree(src, dst)
except FileExistsError as e:
    print('FileExistsError', norm(e).replace(d, 'D'))
shutil.copytree(src, dst, dirs_exist_ok=True)
print(shutil.copy(os.path.join(src, 'b.py'), d) == os.path.join(d, 'b.py'), oct(os.stat(os.path.join(d, 'b.py')).st_mode & 0o777))
print(shutil.copy2(os.path.join(src, 'a.txt'), os.path.join(d, 'a2.txt')).endswith('a2.txt'))
print(os.stat(os.path.join(src, 'a.txt')).st_mtime == os.stat(os.path.join(d, 'a2.txt')).st_mtime)
try:
    shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(src, 'a.txt'))
except shutil.SameFileError as e:
    print('SameFileError', str(e).replace(d, 'D'))
try:
    shutil.copyfile(os.path.join(src, 'nope'), os.path.join(d, 'x'))
except FileNotFoundError as e:
    print('FNF', str(e).replace(d, 'D'))
b = io.BytesIO(b'x' * 100000); o = io.BytesIO(); shutil.copyfileobj(b, o, 1000); print(len(o.getvalue()))
print(shutil.move(os.path.join(d, 'a2.txt'), os.path.join(d, 'moved.txt')).replace(d, 'D'))
print(shutil.move(os.path.join(d, 'moved.txt'), os.path.join(d, 'dst')).replace(d, 'D'))
try:
    shutil.move(os.path.join(d, 'b.py'), os.path.join(d, 'dst')); shutil.copy(os.path.join(src, 'b.py'), d); shutil.move(os.path.join(d, 'b.py'), os.path.join(d, 'dst'))
except shutil.Error as e:
    print('Error', str(e).replace(d, 'D'))
try:
    shutil.move(os.path.join(d, 'dst'), os.path.join(d, 'dst', 'sub'))
except Exception as e:
    print(type(e).__name__, str(e).replace(d, 'D'))
shutil.rmtree(dst)
print(os.path.exists(dst))
try:
    shutil.rmtree(os.path.join(d, 'nope'))
except FileNotFoundError as e:
    print('rmtree FNF', str(e).replace(d, 'D'))
shutil.rmtree(os.path.join(d, 'nope'), ignore_errors=True)
errs = []
shutil.rmtree(os.path.join(d, 'nope'), onerror=lambda f, p, e: errs.append((f.__name__, e[0].__name__)))
print(errs)
try:
    shutil.rmtree(os.path.join(dst2, 'link'))
except OSError as e:
    print('link', e)
print(shutil.which('sh'), shutil.which('definitely-not-a-cmd'), shutil.which('/bin/sh'), shutil.which('sh', path='/nonexistent'))
print(shutil.get_terminal_size((33, 44)), shutil.disk_usage(d).total > 0, repr(shutil.disk_usage(d))[:6])
shutil.rmtree(d)
print(os.path.exists(d))
