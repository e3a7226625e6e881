import io
s = io.StringIO('a\r\nb\rc\n', newline=None); print(repr(s.getvalue()), repr(s.read()), s.newlines)
s = io.StringIO('a\r\nb\rc\n', newline=''); print(repr(s.getvalue()), s.readlines())
s = io.StringIO('a\r\nb\rc\n', newline='\r'); print(repr(s.getvalue()), s.readlines())
s = io.StringIO('a\nb\n', newline='\r\n'); print(repr(s.getvalue()), s.readlines(), s.tell())
s = io.StringIO('a\r\nb\rc\n'); print(repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO(); s.write('abc'); s.seek(10); s.write('x'); print(repr(s.getvalue()))
s = io.StringIO('hello'); print(s.tell(), s.seek(2), s.write('Z'), s.getvalue(), s.tell(), s.read())
s = io.StringIO('héllo wörld'); print(s.read(3), s.tell(), s.seek(0, 2), s.truncate(3), s.getvalue(), s.tell())
s.seek(1); s.write('€€€'); print(s.getvalue(), s.tell(), s.readline(2))
for args in [(1, 1), (-1,), (0, 5)]:
    try:
        s.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(io.StringIO("x\ny\nz").readline(1), list(io.StringIO("one\ntwo")), io.StringIO("abc").read(-1), io.StringIO(None).getvalue() == '')
for bad in [lambda: io.StringIO(5), lambda: io.StringIO(newline="x"), lambda: io.StringIO().write(b"x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'abc'); b.seek(5); b.write(b'x'); print(b.getvalue(), b.seek(-2, 2), b.read(), b.readline(), b.tell())
print(b.seek(-10, 1), b.tell())
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError", e)
print(io.BytesIO(b'x\ny').readlines(), list(io.BytesIO(b'x\ny')), io.BytesIO(b'abc').read1(), io.BytesIO(b"abcdef").truncate(2))
ba = bytearray(4); bio = io.BytesIO(b"xyz"); print(bio.readinto(ba), ba)
bio.close(); print(bio.closed)
try:
    bio.read()
except ValueError as e:
    print("ValueError", e)
raw = io.BytesIO()
tw = io.TextIOWrapper(raw, encoding="latin-1", newline="\r\n")
print(tw.write("é\nx"), tw.encoding, tw.errors); tw.flush()
print(raw.getvalue())
tw = io.TextIOWrapper(io.BytesIO(b"l1\r\nl2\rl3\nl4"), encoding="utf-8")
print(tw.readlines(), tw.newlines, tw.tell())
tw = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"))
print(tw.readline(), tw.tell(), tw.read(2), tw.tell(), tw.read())
br = io.BufferedReader(io.BytesIO(b"buffered\nlines\nmore"))
print(br.readline(), br.peek(1)[:1], br.read(3), br.read1(2), br.read(), br.read())
bw_target = io.BytesIO()
bw = io.BufferedWriter(bw_target)
bw.write(b"abc"); print(bw_target.getvalue()); bw.flush(); print(bw_target.getvalue())

class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def writable(self):
        return True
u = Upper()
print("hi", "there", file=u)
u.writelines(["a", "b"])
print(u.parts, u.closed, isinstance(u, io.IOBase), u.readable())
with u:
    pass
print(u.closed)

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def readable(self):
        return True
r = Raw(b"line1\nline2\n")
print(r.read(3), r.readline(), r.readall())
print(io.BufferedReader(Raw(b"q\nw\n")).readlines())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
print(io.UnsupportedOperation.__module__, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
