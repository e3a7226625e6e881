import sys
# self-referencing containers
a = [1, 2]; a.append(a); print(a, repr(a), str(a))
d = {'k': 1}; d['self'] = d; print(d)
t = ([],); t[0].append(t); print(t)
s = {1: [a, d]}; print(s)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f"Node({self.children!r})"
n = Node(); n.children.append(n)
try:
    print(repr(n))
except RecursionError as e:
    print("RecursionError", str(e)[:40])
# deep nesting of real data
x = []
for i in range(100000):
    x = [x]
try:
    s = repr(x)
    print("repr ok", len(s))
except RecursionError as e:
    print("RecursionError", e)
y = []
for i in range(100000):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError", e)
dd = {}
for i in range(100000):
    dd = {'a': dd}
try:
    str(dd)
except RecursionError as e:
    print("RecursionError", e)
import copy
try:
    copy.deepcopy(x)
except RecursionError as e:
    print("deepcopy RecursionError")
import json
try:
    json.dumps(x)
except RecursionError as e:
    print("json RecursionError", e)
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("json loads RecursionError", e)
class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().foo
except RecursionError as e:
    print("getattr RecursionError", e)
class E:
    def __eq__(self, o): return self == o
try:
    E() == E()
except RecursionError as e:
    print("eq RecursionError", e)
class H:
    def __hash__(self): return hash(self)
try:
    {H()}
except RecursionError as e:
    print("hash RecursionError")
class S:
    def __str__(self): return str(self)
try:
    print(S())
except RecursionError as e:
    print("str RecursionError")
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("func", e)
def g(): return list(map(lambda _: g(), [1]))
try:
    g()
except RecursionError as e:
    print("map RecursionError")
try:
    eval("+".join(["1"] * 100000))
except RecursionError as e:
    print("eval RecursionError", e)
except MemoryError as e:
    print("eval MemoryError")
sys.setrecursionlimit(50)
def h(n): return h(n+1) if n < 45 else n
try:
    print(h(0))
except RecursionError:
    print("h RecursionError")
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(e)
print(sys.getrecursionlimit())
import pprint
try:
    pprint.pformat(x)
except RecursionError:
    print("pprint RecursionError")
print(pprint.pformat(a).split(" <Recursion")[0], pprint.pformat(d).split(" <Recursion")[0])
print(copy.deepcopy(a)[2][2] is not a)
z = copy.deepcopy(a); print(z[2] is z)
