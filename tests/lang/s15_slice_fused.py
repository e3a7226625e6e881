# `a[i:j:k]` on lists and tuples is computed without a slice object; every other
# receiver, bound type and error must behave as with BUILD_SLICE; BINARY_SUBSCR.
import sys


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class L(list):
    def __getitem__(self, k):
        return ("L.getitem", k)


class T(tuple):
    pass


def slices(a):
    n = len(a)
    out = [a[:], a[1:], a[:-1], a[::2], a[::-1], a[n:0:-1], a[-100:100], a[5:2],
           a[Idx(1):Idx(3)], a[sys.maxsize:], a[-sys.maxsize - 5:2], a[10 ** 30:],
           a[:-(10 ** 30)], a[1:None:None], a[None:None:-2]]
    for i in range(-2, 3):
        out.append(a[i:i + 2])
    return out


print(slices([1, 2, 3, 4, 5]))
print(slices((1, 2, 3, 4, 5)))
print(slices([]))
print(slices("hello"))
print(slices(b"bytes"))
print(slices(range(10)))
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t)
tt = T((1, 2, 3))
print(type(tt[:]).__name__, tt[:] is tt, tt[1:])
l = [1, 2, 3]
print(l[:] is l, L([1, 2])[1:], L([1, 2])[::2])
print(type(L([5, 6, 7])), list.__getitem__(L([5, 6, 7]), slice(1, None)))


def errors():
    out = []
    a = [1, 2, 3]
    for bad in [lambda: a[::0], lambda: a["x":], lambda: (1, 2)[1.5:], lambda: a[:Idx("no")]]:
        try:
            bad()
        except (ValueError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    return out


print(errors())


class Grow:
    def __init__(self, lst):
        self.lst = lst

    def __index__(self):
        self.lst.append(99)
        return 1


g = [1, 2, 3]
print(g[Grow(g):], g)


def caret():
    grid = [[1, 2], [3]]
    return grid[0][1:][::0]


caret()
