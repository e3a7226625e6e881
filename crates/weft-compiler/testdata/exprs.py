x = 1
y = -2
z = 2 ** 10
s = "a" "b" + "c"
b = b"x\xff"
t = (1, 2, (3, 4))
l = [1, 2, 3]
st = {1, 2, 3}
d = {"a": 1, "b": 2}
d2 = {**d, "c": 3}
f"{x!r:>{y}} and {z=} {s}"
print(*l, sep="", **d)
print(x, *l)
obj.attr.meth(1, k=2)
a, *rest, last = l
a, b = b, a
x[1:2], x[::2], x[1:2:3]
x[0] += 1
obj.q -= 2
del x[0], obj.attr, a
big = 123456789012345678901234567890
hx = 0xffff_ffff_ffff_ffff_ff
c = 1 + 2j
fl = 1.5e-10
e = ...
from os import path as pp, sep
from . import mod
from ..pkg.sub import name
from m import *
import a.b.c
import a.b.c as abc
lam = lambda: (yield)
g = (i for i in range(3))
cond = x if y else z
n = not x
i = ~x
if __debug__: pass
