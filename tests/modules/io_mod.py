import io
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), end=""); print(s.read(3), s.tell(), s.readlines(), s.read(), s.getvalue()[:5])
s = io.StringIO()
print(s.write("abc"), s.write("def"), s.getvalue(), s.tell(), s.seek(1), s.read(2), s.truncate(4), s.getvalue())
s.seek(0, 2); s.write("Z"); print(s.getvalue(), list(io.StringIO("a\nb")))
b = io.BytesIO(b"binary\x00data")
print(b.read(6), b.read(), b.tell(), b.seek(0), b.read1(3) if hasattr(b, "read1") else b.read(3), b.getvalue(), b.getbuffer().nbytes)
b = io.BytesIO()
b.write(b"abc"); b.write(bytearray(b"de")); b.seek(1); b.write(b"X")
print(b.getvalue(), b.readable(), b.writable(), b.seekable())
w = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\nline2\n"), encoding="utf-8")
print(w.readline(), w.read(), w.encoding)
raw = io.BytesIO()
tw = io.TextIOWrapper(raw, encoding="utf-8", newline="")
tw.write("é\nx"); tw.flush()
print(raw.getvalue())
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.read()))
s.close()
try:
    s.read()
except ValueError as e:
    print("ValueError", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    io.BytesIO().write("x")
except TypeError as e:
    print("TypeError", e)
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
br = io.BufferedReader(io.BytesIO(b"buffered\nlines\n"))
print(br.readline(), br.peek(1)[:1], br.read())
import sys
print(isinstance(sys.stdout, io.TextIOBase), hasattr(sys.stdout, "buffer"), type(sys.stdin.buffer).__name__)
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes to stdout buffer\n")
sys.stdout.flush()
print(io.open is open)
