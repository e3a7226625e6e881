# Objects freed by the short paths (inline strings, small tuples) and by the general
# one: finalizers still run, in CPython's order, and subclasses keep their state.
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


# A small tuple releases its items last to first.
t = (Noisy("a"), Noisy("b"), Noisy("c"))
del t
print("-- after tuple")

# A one-item tuple, and a tuple of a tuple.
t = ((Noisy("inner"),),)
del t
print("-- after nested")

# A tuple over the inline size (heap items).
t = tuple(Noisy(str(i)) for i in range(7))
del t
print("-- after big tuple")


class S(str):
    def __del__(self):
        print("del S", str.__str__(self))


s = S("xy")
s.extra = 1
del s
print("-- after str subclass")


class T(tuple):
    pass


x = T((Noisy("in T"),))
x.tag = Noisy("T.tag")
try:
    weakref.ref(x)
except TypeError as e:
    print(e)
del x
print("-- after tuple subclass")

x = T((Noisy("T0"), Noisy("T1")))
x.tag = Noisy("T2.tag")
del x
print("-- after 2-tuple subclass")


class L(list):
    pass


x = L([Noisy("L0"), Noisy("L1")])
x.tag = Noisy("L.tag")
del x
print("-- after list subclass")

# Many short strings and tuples made and dropped: the blocks are reused.
total = 0
for i in range(20000):
    w = ("w%d" % (i % 97)).upper()
    k = (w, i)
    total += len(k[0]) + k[1] % 3
print(total)

# Deeply nested tuples are freed without exhausting the stack.
t = ()
for i in range(200000):
    t = (t, "x")
del t
print("deep done")

# Non-ASCII strings (with a code point index) and long strings.
words = ["héllo" * (i % 4 + 1) for i in range(1000)]
print(sum(len(w) for w in words), words[3][7], words[-1][-1])
del words
print("end")
