# repr/str of built-in types, their subclasses and recursive structures
class MySet(set): pass
class MyFS(frozenset): pass
class MyList(list): pass
class MyDict(dict): pass
class MyTuple(tuple): pass
class MyStr(str): pass
class MyInt(int): pass
class MyFloat(float): pass
class MyBytes(bytes): pass
class MyBA(bytearray): pass
class MyComplex(complex): pass
print(repr(MySet()), repr(MySet([1])), repr(MyFS()), repr(MyFS("a")), MyList([1, 2]), MyDict(a=1), MyTuple((1,)), repr(MyStr("s")), MyInt(3), MyFloat(2.5), MyBytes(b"x"), MyBA(b"y"), MyComplex(1, 2))
print(repr(set()), repr(frozenset()), repr(bytearray()), repr(range(0)), repr(range(1, 10, 2)), repr(slice(None)), repr(slice(1, 2, None)), repr(b""), repr(""), repr(()), repr((1,)), repr([]), repr({}))
print(repr(1.0), repr(-0.0), repr(1e100), repr(1.5e-10), repr(123456789012345.6), repr(0.30000000000000004), repr(1e16), repr(9.999999999999999e15), repr(float(2 ** 53)))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, 0)), repr(complex(1, -0.0)), repr(complex(0, float("inf"))), repr(complex(float("nan"), 1)), repr(1e20j), repr(1.5 - 2.5j))
print(repr(b"\x00\x01\t\n\r'\"\\\x7f\x80\xff"), repr(b"'"), repr(b"'\""), repr(bytearray(b"'\"")), repr("\x1b[0m"), repr("\u2028\u00a0\u00ad"), repr("\U000e0001"), repr("🙂é\xe9"))
a = [1]; a.append(a); b = {}; b[1] = b; c = [b, a]; s = MyList(); s.append(s)
print(a, b, c, s, str(a), [a, a])
class Node:
    def __init__(self, v): self.v = v; self.children = []
    def __repr__(self): return f"Node({self.v}, {self.children})"
n = Node(1); n.children.append(Node(2)); n.children[0].children.append(n)
try: repr(n)
except RecursionError as e: print("RecursionError caught")
from collections import OrderedDict, defaultdict, deque, Counter, ChainMap, namedtuple
od = OrderedDict(); od["x"] = od
print(OrderedDict(), OrderedDict(a=1), od, defaultdict(int), defaultdict(list, {1: [2]}), defaultdict(None), deque(), deque([1, 2], maxlen=3), deque(maxlen=0), Counter(), Counter("aab"), ChainMap({1: 2}, {}))
P = namedtuple("P", "a b")
print(P(1, P(2, 3)), repr(P(a="x", b=[])), str(P(1, 2)))
print(repr(print), repr(len), repr(str.upper), repr("".upper)[:34], repr(int.__add__), repr(object.__init__), repr(list.append), repr([].append)[:38], repr(type), repr(object), repr(None.__class__))
print(repr(NotImplemented), repr(Ellipsis), repr(...), str(...), repr(type(...)), repr(property), repr(staticmethod), repr(classmethod), repr(super), repr(range), repr(zip), repr(map))
print(repr(ValueError("x")), repr(ValueError()), repr(ValueError(1, "a")), repr(KeyError(("a",))), str(KeyError(("a",))), str(KeyError("a", "b")), repr(StopIteration(5)), repr(SystemExit()), repr(OSError(1, "msg")), repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")), str(UnicodeEncodeError("ascii", "\xe9", 0, 1, "nope")), str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")), str(FileNotFoundError(2, "No such file", "/x")), str(OSError("just msg")), repr(FileExistsError(17, "exists")))
import sys
print(type(sys.stdout).__name__, repr(sys.version_info)[:30], sys.version_info >= (3, 8), sys.version_info[:2], repr(sys.float_info)[:30], sys.maxunicode)
print(f"{[1, 'a']}", f"{(1,)!s}", f"{ {'k': 1} }", f"{ {1, 2} }", "%r" % ((1, 2),), "%s" % [(), {}], "{}".format({"a": [1.5, None]}), str([1.0, -0.0, 1e100, "x\n"]))
print(repr(str), str(str), repr(MyStr), MyStr.__qualname__, MyStr.__module__, Node.__init__.__qualname__, repr(Node.__init__)[:23], repr(Node(1).__repr__)[:30])
