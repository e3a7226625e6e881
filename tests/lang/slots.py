class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
s.b = 2
print(s.b)
del s.a
try:
    print(s.a)
except AttributeError as e:
    print("AttributeError", e)
class T(S):
    pass
t = T()
t.c = 5
print(t.c, hasattr(t, "__dict__"))
class U(S):
    __slots__ = ("c",)
u = U()
u.a = 1; u.c = 3
print(u.a, u.c)
try:
    u.d = 1
except AttributeError as e:
    print("AttributeError", e)
print(S.__slots__, type(S.__dict__["a"]).__name__)
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1; w.y = 2
print(w.x, w.y)
