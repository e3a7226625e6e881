# Descriptor objects used directly or stored in other classes: __slots__ members check
# the instance's class, property errors name the property and the class's qualified
# name, and every built-in __get__ refuses (None, None).
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    else:
        if callable(r) and not isinstance(r, type):
            r = type(r).__name__
    print(f"{label:18} {r}")


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a",)


class Sub(S1):
    __slots__ = ("b",)


s2 = S2()
s2.a = 5
t("S1.a get S2", lambda: S1.a.__get__(s2))
t("S1.a set S2", lambda: S1.a.__set__(s2, 1))
t("S1.a del S2", lambda: S1.a.__delete__(s2))
t("S1.a get None", lambda: S1.a.__get__(None, S1) is S1.a)
t("S1.a get None2", lambda: S1.a.__get__(None))
t("S1.a repr", lambda: repr(S1.a))
t("S1.a names", lambda: (S1.a.__name__, S1.a.__qualname__, S1.a.__objclass__.__name__, S1.a.__doc__))
sub = Sub()
S1.a.__set__(sub, "via S1")
t("Sub via S1.a", lambda: (sub.a, S1.a.__get__(sub)))
t("unset", lambda: S1().a)
s = S1()
s.a = 1
del s.a
t("deleted", lambda: s.a)


class Mix:
    a = S1.a


m = Mix()
t("Mix().a", lambda: m.a)
t("Mix().a = 3", lambda: setattr(m, "a", 3))
for i in range(3):  # the same site, several times (attribute caches)
    t(f"loop {i}", lambda: m.a)

# A member's check follows the object's class after __class__ assignment.
x = S1()
x.a = "kept"
x.__class__ = S2
t("after assign", lambda: (x.a, S2.a.__get__(x)))
t("old member", lambda: S1.a.__get__(x))


class Outer:
    class P:
        x = property(lambda s: 1)
        y = property()
        w = property(lambda s: 2, lambda s, v: None)


def set_x():
    Outer.P().x = 1


def del_x():
    del Outer.P().x


def del_w():
    del Outer.P().w


t("set no setter", set_x)
t("get no getter", lambda: Outer.P().y)
t("del no deleter", del_x)
t("del w", del_w)
free = property(lambda s: 1)
t("free __set__", lambda: free.__set__(Outer.P(), 1))
t("class __set__", lambda: Outer.P.__dict__["x"].__set__(Outer.P(), 1))
t("class __delete__", lambda: Outer.P.__dict__["x"].__delete__(Outer.P()))
t("get no getter 2", lambda: property.__get__(property(), 5))
t("prop get None", lambda: property.__get__(free, None, Outer.P) is free)
t("prop get None2", lambda: free.__get__(None))


class Meta(type):
    ro = property(lambda cls: "ro")


class WithMeta(metaclass=Meta):
    pass


def set_ro():
    WithMeta.ro = 1


t("meta property", set_ro)


class R:
    f = staticmethod(lambda: "st")
    g = classmethod(lambda c: c.__name__)


t("sm get", lambda: R.__dict__["f"].__get__(None, R)())
t("sm get None", lambda: R.__dict__["f"].__get__(None))
t("cm get obj", lambda: R.__dict__["g"].__get__(R())())
t("cm get type", lambda: R.__dict__["g"].__get__(None, int)())
t("cm get None", lambda: classmethod(len).__get__(None))
t("fn get", lambda: (lambda self: self).__get__(5)())
t("fn get None int", lambda: (lambda self: self).__get__(None, int))
t("fn get None None", lambda: (lambda: 0).__get__(None, None))
t("super get None", lambda: super(int).__get__(None))
t("md get None", lambda: str.upper.__get__(None))
