# match: which types sequence and mapping patterns accept (CPython's collection flags),
# including ABC subclasses with both bases in either order.
import collections, collections.abc as cabc, array, os, types, enum
class E(enum.Enum):
    A = 1
class MyMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [1][i]
    def __len__(self): return 1
class Both(MySeq, MyMap): pass
class Both2(MyMap, MySeq): pass
class TupleMap(tuple, cabc.Mapping):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter(())
    def __len__(self): return 0
vals = [collections.UserString("ab"), collections.UserList([1]), collections.UserDict(a=1),
        array.array("b", [1]), collections.deque(), range(2), memoryview(b"a"),
        collections.OrderedDict(), collections.Counter(), collections.ChainMap(),
        types.SimpleNamespace(), E.A, {}.keys(), {}.items(), MyMap(), MySeq(), Both(), Both2(),
        TupleMap(), b"", "", bytearray(), (), [], {}, set(), frozenset(), iter([]), None]
for v in vals:
    match v:
        case [*_]:
            k = "sequence"
        case {}:
            k = "mapping"
        case _:
            k = "neither"
    print(type(v).__name__, k)
