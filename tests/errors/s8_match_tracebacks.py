# Tracebacks of exceptions raised while matching: carets under the pattern.
import traceback, collections.abc
class Bad:
    def __eq__(self, o): raise ValueError("eq")
class BadMap(collections.abc.Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __iter__(self): return iter(())
    def __len__(self): return 5
    def get(self, k, d=None): raise LookupError("get " + k)
class BadSeq(collections.abc.Sequence):
    def __getitem__(self, i): raise IndexError("gi")
    def __len__(self): raise OSError("len")
def t(f, *a):
    try:
        f(*a)
    except Exception:
        print(traceback.format_exc())
def f1(v):
    match v:
        case 1 | 2:
            pass
def f2(v):
    match v:
        case {"a": 1,
              "b": 2}:
            pass
def f3(v):
    match v:
        case [a, b]:
            pass
def f4(v):
    match v:
        case [a] if a / 0:
            pass
def f5(v):
    match v:
        case {"a": 1, **rest}:
            pass
class M:
    def __init__(self): self.d = {"a": 1}
    def get(self, k, d=None): return self.d.get(k, d)
    def keys(self): raise TypeError("no keys")
    def __len__(self): return 1
collections.abc.Mapping.register(M)
t(f1, Bad()); t(f2, BadMap()); t(f3, BadSeq()); t(f4, [1]); t(f5, M())
