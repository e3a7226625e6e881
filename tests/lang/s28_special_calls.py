# Special methods written in Python, called from built-ins (next(), sum(), list(),
# repr(), ==, +, len(), hash()): the instance goes first, whatever the signature.
class It:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return self.i

it = It(3)
print(next(it), next(it), next(it), next(it, "done"), sum(It(10)), list(It(4)), max(It(5)))
print(sorted(It(3), reverse=True), dict(zip(It(3), "abc")), set(It(2)), tuple(It(0)))

class R:
    def __repr__(self):
        return "R()"
class BadRepr:
    def __repr__(self):
        return 42
class ArgsRepr:
    def __repr__(self, extra="!"):
        return "Args" + extra
class NoSelf:
    def __repr__():
        return "never"
print(repr(R()), [R(), R()], f"{R()!r}", repr(ArgsRepr()), str(R()))
for cls in (BadRepr, NoSelf):
    try:
        repr(cls())
    except TypeError as e:
        print("TypeError:", e)

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
    def __len__(self):
        return abs(self.x)
    def __repr__(self):
        return "V(%r)" % self.x
print(V(1) + V(2), V(1) + 5, 5 + V(1), sum([V(1), V(2)], V(0)), V(3) == V(3), V(3) != V(4))
print(len(V(-7)), hash(V(5)) == hash(5), {V(1): "a", V(1): "b"}, V(2) in {V(2)})

class BadLen:
    def __len__(self):
        return "x"
class KwHash:
    def __hash__(self, *, salt=3):
        return salt
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
print(hash(KwHash()))

def deep(n):
    class Self:
        def __repr__(self):
            return deep(n + 1)
    return repr(Self())
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

class S:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        return "S<%s>" % self.x
class BadStr:
    def __str__(self):
        return b"bytes"
class MyErr(Exception):
    def __str__(self):
        return "custom " + repr(self.args)
print(S(1), str(S(2)), "%s|%s" % (S(3), S(4)), f"{S(5)}", [str(S(i)) for i in range(3)])
print(str(MyErr(1, 2)), MyErr("x"))
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class StrLoop:
    def __str__(self):
        return str(self)
try:
    str(StrLoop())
except RecursionError as e:
    print("RecursionError:", e)
