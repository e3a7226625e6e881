# Private names in __slots__ are mangled with the class name.
class J:
    __slots__ = ["__priv", "plain"]

    def __init__(self):
        self.__priv = 3
        self.plain = 4

    def get(self):
        return self.__priv


j = J()
print(j.get(), j.plain, J._J__priv.__name__, J.__slots__, hasattr(j, "__dict__"))
print(sorted(k for k in J.__dict__ if not k.startswith("__")))


class _Under:
    __slots__ = ("__x",)


print("_Under__x" in _Under.__dict__)


class ___:
    __slots__ = ("__y",)


print("__y" in ___.__dict__)


class Dunder:
    __slots__ = ("__z__",)


print("__z__" in Dunder.__dict__)
try:

    class Clash:
        __slots__ = ("__a",)
        _Clash__a = 1

except ValueError as e:
    print("ValueError", e)
try:

    class Quote:
        __slots__ = ("a",)
        a = 1

except ValueError as e:
    print("ValueError", e)


class Q:
    __slots__ = ("__qualname__",)


print(Q.__qualname__)
