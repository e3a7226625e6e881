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
try:
    "abcabc".find("c", Idx("x"))
except TypeError as e:
    print("find:", e)
print("abcabc".find("c", Idx(3)), "abcabc".count("a", None, Idx(-1)), "abc".startswith("b", True))


class Grow:
    def __init__(self, lst):
        self.lst = lst

    def __index__(self):
        self.lst.append(99)
        return 1


g = [1, 2, 3]
print(g[Grow(g):], g)


def assigns():
    a = list(range(8))
    a[2:4] = "xy"
    a[:1] = []
    a[5:] = (7, 8, 9, 10)
    a[::3] = [0, 0, 0]
    a[-2:] = a[:2]
    b = [1, 2, 3]
    b[:] = b
    b[1:1] = b
    out = [a, b]
    for bad in [lambda: a.__setitem__(slice(None, None, 2), [1]),
                lambda: a.__setitem__(slice(0, 2), 5)]:
        try:
            bad()
        except (ValueError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    c = [1, 2, 3, 4]
    try:
        c[::2] = [1]
    except ValueError as e:
        out.append(str(e))
    try:
        c[::2] = 5
    except TypeError as e:
        out.append(str(e))
    try:
        c[:2] = 5
    except TypeError as e:
        out.append(str(e))
    try:
        c[::0] = []
    except ValueError as e:
        out.append(str(e))
    t = (1, 2)
    try:
        t[:1] = [3]
    except TypeError as e:
        out.append(str(e))
    ba = bytearray(b"hello")
    ba[1:3] = b"EL"
    out.append(ba)
    g = [1, 2, 3]
    g[Grow(g):] = [7]
    out.append(g)
    return out


print(assigns())


class LS(list):
    def __setitem__(self, k, v):
        print("LS.setitem", k, v)


ls = LS([1, 2])
ls[0:1] = [5]
print(ls)


def caret():
    grid = [[1, 2], [3]]
    return grid[0][1:][::0]


caret()
