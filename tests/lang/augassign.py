x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
l *= 2
print(l2)
d = {"a": 1}
d["a"] += 10
print(d)
class A:
    v = 1
a = A()
a.v += 1
print(a.v, A.v)
lst = [1, 2, 3]
lst[1] *= 10
lst[-1:] += [4]
print(lst)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
print(sorted(st))
st -= {2}
print(st)
st ^= {5}
print(sorted(st))
d2 = {"a": 1}
d2 |= {"b": 2}
print(d2)
x = 2.5
x //= 1; print(x)
try:
    y += 1
except NameError as e:
    print("NameError", e)
