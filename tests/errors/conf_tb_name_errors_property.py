x = 10
def f():
    print(x)
    x = 5
def g():
    del y
def h():
    return undefined_name + 1
for fn in (f, g, h):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e)
class C:
    def method(self):
        return self.nope
    @property
    def prop(self):
        return self.missing_attr
try:
    C().method()
except AttributeError as e:
    print(e)
def k(a, b, *, c): pass
for call in (lambda: k(1), lambda: k(1, 2, 3), lambda: k(1, 2, d=4), lambda: k(1, 2, c=1, a=2), lambda: len(1, 2), lambda: int("x", base=99)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
C().prop
