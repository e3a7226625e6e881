# Class attribute reads (`C.name`), which weft caches per site by the class's version:
# changes to the class or a base are seen at once, descriptors keep their meaning, and
# metaclasses with their own lookup are honoured.
class Base:
    k = 1
    def f(self):
        return "f"

class C(Base):
    x = 10
    s = "text"
    @staticmethod
    def st():
        return "static"
    @classmethod
    def cm(cls):
        return cls.__name__
    @property
    def p(self):
        return 1

class Desc:
    def __get__(self, obj, cls):
        return ("desc", obj, cls.__name__)

C.d = Desc()

def read(cls):
    out = []
    for _ in range(3):
        out.append((cls.x, cls.s, cls.k, cls.f.__name__, cls.st(), cls.cm(), type(cls.p).__name__, cls.d))
    return out[-1]

print(read(C))
C.x = 11
print(read(C))
Base.k = 2
print(read(C))
C.k = 3
print(read(C))
del C.k
print(read(C))
del Base.k
try:
    read(C)
except AttributeError as e:
    print("AttributeError", e)
Base.k = 4
print(read(C))
print(C.__name__, C.__qualname__, C.mro()[1].__name__, C.__doc__, "x" in C.__dict__)

class Meta(type):
    def __getattr__(cls, name):
        return "meta:" + name
    @property
    def y(cls):
        return "meta property"

class M(metaclass=Meta):
    y = "class y"
    z = 5

for _ in range(3):
    print(M.z, M.missing, M.y)

class Sub(C):
    pass

for i in range(3):
    print(Sub.x, Sub.cm())
    C.x = 100 + i

import threading
class Shared:
    n = 0
errors = []
def reader():
    last = -1
    for _ in range(20000):
        v = Shared.n
        if v < last:
            errors.append((v, last))
        last = v
def writer():
    for i in range(1, 2001):
        Shared.n = i
ts = [threading.Thread(target=reader) for _ in range(2)] + [threading.Thread(target=writer)]
for t in ts: t.start()
for t in ts: t.join()
print("monotonic", not errors, Shared.n)
