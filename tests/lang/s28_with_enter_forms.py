# with-statements over managers whose __enter__/__exit__ take every form: plain
# functions (called unbound with the manager), static and class methods, descriptors,
# callables stored on the class, and the errors of missing methods.

class Plain:
    def __enter__(self):
        print("enter", type(self).__name__)
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return False

with Plain() as v:
    print("body", v)

class Static:
    @staticmethod
    def __enter__():
        print("static enter")
        return 1
    @staticmethod
    def __exit__(*a):
        print("static exit", len(a))

with Static() as v:
    print("body", v)

class ClassM:
    @classmethod
    def __enter__(cls):
        print("class enter", cls.__name__)
        return cls
    @classmethod
    def __exit__(cls, *a):
        print("class exit", cls.__name__)

with ClassM() as v:
    print("body", v.__name__)

class Loud:
    def __get__(self, obj, owner):
        print("descriptor get for", type(obj).__name__)
        return lambda *a: print("called with", len(a), "args") or "from descriptor"

class Desc:
    __enter__ = Loud()
    __exit__ = Loud()

with Desc() as v:
    print("body", v)

class Instance:
    def __init__(self):
        self.__enter__ = lambda: "instance attribute"
    def __enter__(self):
        return "class method"
    def __exit__(self, *a):
        pass

with Instance() as v:
    print(v)

class Defaults:
    def __enter__(self, extra="default"):
        return extra
    def __exit__(self, *args, **kw):
        print("exit args", len(args), kw)

with Defaults() as v:
    print(v)

class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("suppressing", et.__name__, ev)
        return True

with Suppress():
    raise ValueError("inside")
print("after suppress")

class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")

try:
    with FailEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)

class NoEnter:
    def __exit__(self, *a):
        pass

class NoExit:
    def __enter__(self):
        print("never entered")

for cls in (NoEnter, NoExit, int):
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError:", e)

# Nested managers and a manager reused in a loop
p = Plain()
for i in range(2):
    with p as a, Plain() as b:
        print(i, a, b)

# Bound methods called with defaults, keywords and varargs
class K:
    def m(self, a, b=2, *rest, c=3, **kw):
        return (a, b, rest, c, kw)
k = K()
bm = k.m
print(bm(1), bm(1, 5, 6, 7, c=8, d=9), bm(a=0))
try:
    bm()
except TypeError as e:
    print("TypeError:", e)
