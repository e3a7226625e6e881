import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        msg = str(e).replace(d, '<d>')
        print(label, '->', type(e).__name__ + ':', msg)
with open(p, 'w') as f:
    print(f.mode, f.name == p, f.encoding, f.errors, f.newlines, f.closed, f.writable(), f.readable(), f.seekable(), f.line_buffering)
    n = f.write('line1\nline2\r\nline3\rend')
    print('wrote', n, f.tell())
t('read closed', lambda: f.read())
t('write closed', lambda: f.write('x'))
with open(p, 'rb') as f:
    print(f.read())
with open(p) as f:
    print(repr(f.read()), f.newlines)
with open(p, newline='') as f:
    print(f.readlines())
with open(p, newline='\r') as f:
    print(f.readlines())
with open(p, newline='\n') as f:
    print(list(f))
t('bad newline', lambda: open(p, newline='x'))
with open(p, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'w', newline='\r') as f:
    f.write('a\nb\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'w', encoding='latin-1') as f:
    f.write('caf\xe9')
with open(p, 'rb') as f:
    print(f.read())
t('utf8 read latin', lambda: open(p, encoding='utf-8').read())
with open(p, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
with open(p, encoding='utf-8', errors='ignore') as f:
    print(repr(f.read()))
t('ascii write', lambda: open(p, 'w', encoding='ascii').write('é'))
with open(p, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('é!')
print(open(p).read())
t('bad mode', lambda: open(p, 'rw'))
t('bad mode2', lambda: open(p, 'z'))
t('bad mode3', lambda: open(p, 'rbt'))
t('binary encoding', lambda: open(p, 'rb', encoding='utf-8'))
t('binary newline', lambda: open(p, 'rb', newline=''))
t('binary errors', lambda: open(p, 'rb', errors='strict'))
t('bad encoding', lambda: open(p, encoding='nope'))
t('missing', lambda: open(os.path.join(d, 'nope.txt')))
t('missing errno', lambda: (lambda e: (e.errno, e.strerror, e.filename == os.path.join(d, 'nope.txt')))(next(iter([None])) or _catch()))
def _catch():
    try:
        open(os.path.join(d, 'nope.txt'))
    except OSError as e:
        return e
t('missing attrs', lambda: (lambda e: (type(e).__name__, e.errno, e.strerror, e.args))(_catch()))
t('isdir', lambda: open(d))
t('x exists', lambda: open(p, 'x'))
t('bad type', lambda: open(5.5))
t('bad buffering', lambda: open(p, buffering=0))
t('fd', lambda: open(-1))
with open(p, 'w') as f:
    f.write('0123456789\nabc\n')
with open(p, 'r+') as f:
    print(f.read(3), f.tell())
    f.seek(0, 2)
    print(f.tell())
    t('seek cur nonzero', lambda: f.seek(3, 1))
    t('seek end nonzero', lambda: f.seek(-1, 2))
    t('seek neg', lambda: f.seek(-1))
    t('seek whence', lambda: f.seek(0, 5))
    f.seek(0)
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()), repr(f.readline()))
    f.seek(5)
    f.truncate()
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(2), f.tell())
with open(p, 'rb+') as f:
    print(f.read(), f.tell())
    f.seek(-1, 2); print(f.read())
    f.seek(1); f.write(b'Z'); f.seek(0); print(f.read())
    print(f.truncate(1)); f.seek(0); print(f.read())
    t('write str to binary', lambda: f.write('x'))
    print(f.readinto(bytearray(5)), f.raw.name == p if hasattr(f, 'raw') else None)
with open(p, 'a') as f:
    f.write('APP')
    print(f.tell())
print(open(p).read())
with open(p, 'ab') as f:
    print(f.tell(), f.mode)
with open(p, 'w') as f:
    t('read on w', lambda: f.read())
    f.writelines(['a\n', 'b\n'])
    t('writelines bad', lambda: f.writelines([1]))
    t('write bad', lambda: f.write(5))
with open(p, 'r') as f:
    t('write on r', lambda: f.write('x'))
    print(next(f), f.readlines(), f.read(), f.readline())
    t('iter closed', lambda: (f.close(), next(f)))
with open(p, 'rb') as f:
    print(f.readline(), f.read(0), f.peek(1)[:1] if hasattr(f, 'peek') else b'', list(f))
f = open(p)
print(repr(f)[:25], f.fileno() > 2)
f.close(); f.close()
print(repr(f)[:25])
t('fileno closed', lambda: f.fileno())
t('enter closed', lambda: f.__enter__())
b = open(p, 'rb')
print(repr(b)[:26]); b.close()
with open(p, 'wb') as f:
    print(repr(f)[:26], f.write(bytearray(b'xy')), f.write(memoryview(b'z')))
print(open(p, 'rb').read())
with open(p, 'w', encoding='utf-8-sig') as f:
    f.write('x')
print(open(p, 'rb').read(), repr(open(p, encoding='utf-8-sig').read()))
with open(p, 'w') as f:
    f.write('a\nb')
with open(p) as f:
    print([l for l in f], f.tell())
with open(p) as f:
    print(f.read(1), f.read(100), repr(f.read()), f.read(-1), f.read(None))
import shutil; shutil.rmtree(d)
