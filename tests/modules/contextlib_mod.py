import contextlib, io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("inner")
except ValueError as e:
    print("propagated", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)
with swallow():
    raise KeyError("k")
print("continued")
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
ebuf = io.StringIO()
import sys
with contextlib.redirect_stderr(ebuf):
    print("err captured", file=sys.stderr)
print(repr(ebuf.getvalue()))
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(str(i)))
    stack.callback(print, "callback ran")
    print("in stack")
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
@tag("deco")
def decorated():
    print("decorated body")
decorated()
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("exit abstract"); return None
with CM() as c:
    print(type(c).__name__)
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
with contextlib.ExitStack() as st:
    st.push(lambda *exc: print("push exit", exc[0].__name__ if exc[0] else None))
    st.pop_all()
print("done")
