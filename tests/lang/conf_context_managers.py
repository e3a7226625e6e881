import contextlib
class Tag:
    depth = 0
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self
    def __exit__(self, et, ev, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}> exc={et.__name__ if et else None}")
        return self.suppress

with Tag("html"), Tag("body") as b:
    print("   body is", b.name)
    with Tag("div", suppress=True):
        raise ValueError("swallowed")
    print("   after div")
try:
    with Tag("outer"):
        with Tag("inner", True):
            1 / 0
        raise KeyError("k")
except KeyError as e:
    print("got", repr(e))

@contextlib.contextmanager
def managed(x):
    print("enter", x)
    try:
        yield x * 2
    except ZeroDivisionError:
        print("handled in cm")
    finally:
        print("exit", x)
with managed(3) as v:
    print("v", v)
with managed(4):
    1 / 0
with contextlib.suppress(KeyError):
    {}[1]
print("suppressed ok")
with contextlib.ExitStack() as st:
    for i in range(3):
        st.callback(print, "callback", i)
    st.enter_context(managed(9))
class Bad:
    def __enter__(self): return self
try:
    with Bad():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
with (Tag("p1") as p1,
      Tag("p2") as p2):
    print(p1.name, p2.name)
