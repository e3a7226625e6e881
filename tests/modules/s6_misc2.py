import sys, typing, contextlib, io, os.path, argparse
from typing import NamedTuple, TypedDict, Optional, List, Dict, Union, Any, Callable, TypeVar, Generic, Protocol, Literal
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def label(self): return f"{self.name}@{self.dept}"
e = Emp("ann")
print(e, e.label(), Emp._fields, Emp._field_defaults, Emp.__annotations__, e._replace(salary=1.5), isinstance(e, tuple))
try:
    Emp()
except TypeError as ex:
    print("TypeError", ex)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__, sorted(Movie.__optional_keys__), Movie.__annotations__, type(m))
class M2(TypedDict):
    a: int
print(M2(a=1), sorted(M2.__required_keys__))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](3).v, Box[int], T, Optional[int], List[int], Dict[str, List[int]], Union[int, str], Callable[[int], str], Literal["a", 1], typing.Tuple[int, ...])
print(typing.get_type_hints(Emp), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), Any, typing.cast(int, "x"), Optional[int] == Union[int, None])
@typing.runtime_checkable
class Closer(Protocol):
    def close(self): ...
print(isinstance(io.StringIO(), Closer), isinstance(1, Closer), list[int], int | None, typing.TYPE_CHECKING)
@typing.overload
def f(x: int) -> int: ...
def f(x): return x
print(f(2), typing.NewType("UserId", int)(5), typing.NewType("UserId", int))
# contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("body", t)
try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as ex:
    print("caught", ex)
with contextlib.suppress(KeyError, ZeroDivisionError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ["a", "b"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
    print("inside stack")
class Res:
    def __init__(self): self.closed = False
    def close(self): self.closed = True
with contextlib.closing(Res()) as r: pass
print(r.closed)
with contextlib.nullcontext(5) as v: print(v)
class CM(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0]); return False
@CM()
def decorated(): print("run")
decorated()
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as ex:
    print("RuntimeError", ex)
@contextlib.contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as ex:
    print("RuntimeError", ex)
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
# io.StringIO
s = io.StringIO("line1\nline2\r\nline3")
print(s.readline(), s.readlines(), s.read(), s.tell(), s.seek(0), s.read(3), s.getvalue() == "line1\nline2\r\nline3")
w = io.StringIO(); w.write("héllo"); w.write(" wörld\n"); print(w.tell(), repr(w.getvalue()), w.seek(2), w.write("XY"), repr(w.getvalue()))
w.truncate(4); print(repr(w.getvalue()), list(io.StringIO("a\nb\n")), io.StringIO("x", newline=None).read(), repr(io.StringIO("a\r\nb", newline=None).read()))
w.close(); print(w.closed)
try:
    w.read()
except ValueError as ex:
    print("ValueError", ex)
try:
    io.StringIO(b"x")
except TypeError as ex:
    print("TypeError", ex)
b = io.BytesIO(b"abc"); print(b.read(2), b.getvalue(), b.write(b"Z"), b.getvalue(), b.getbuffer().tobytes() if hasattr(b, "getbuffer") else "")
# os.path
for p in ["/usr/local/lib/python3.11/os.py", "relative/dir/", "file.tar.gz", ".bashrc", "/", "", "a//b/../c/./d", "~/x", "/a/b/"]:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p), os.path.normpath(p) if p else "", os.path.isabs(p))
print(os.path.join("a", "b", "/c", "d"), os.path.join("a", ""), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/d"))
print(os.path.expanduser("~") == os.environ.get("HOME"), os.path.sep, os.path.extsep, os.path.exists("/definitely/not/here"), os.path.splitdrive("/x/y"), os.path.normcase("A/B"))
try:
    os.path.join("a", 1)
except TypeError as ex:
    print("TypeError", ex)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as ex:
    print("ValueError", ex)
# sys
print(sys.maxsize, sys.byteorder, sys.version_info[:2] >= (3, 11), sys.getrecursionlimit(), type(sys.argv), sys.float_info.max, sys.int_info.bits_per_digit if hasattr(sys.int_info, "bits_per_digit") else "")
print(sys.float_info.epsilon, sys.float_info.dig, sys.hash_info.width, sys.maxunicode, sys.getdefaultencoding(), sys.flags.optimize)
