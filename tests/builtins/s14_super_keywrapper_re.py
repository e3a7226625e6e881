# Unbound super objects, functools.cmp_to_key's KeyWrapper, re's repeat-count limit.
import functools, collections

class A:
    def __init__(self): print("A init")
class B(A):
    def __init__(self): print("B init")

s = super(B)
print(type(s).__name__, repr(s))
print(type(s.__init__).__name__)            # the super object's own method
print(s.__thisclass__, s.__self__, s.__self_class__)
b = B()
bound = super(B).__get__(b, B)
print(repr(bound))
bound.__init__()
print(super(B).__get__(None, B) is not None)
try:
    s.nonexistent
except AttributeError as e:
    print("AttributeError", e)

k = functools.cmp_to_key(lambda a, b: a - b)
print(repr(k).split(' at ')[0], type(k).__name__, type(k).__qualname__)
w = k(3)
print(repr(w).split(' at ')[0], w.obj, w < k(4), w == k(3), w >= k(5))
print(sorted([5, 1, 4], key=functools.cmp_to_key(lambda a, b: b - a)))
try:
    w < 3
except TypeError as e:
    print("TypeError", e)
try:
    hash(w)
except TypeError as e:
    print("TypeError", e)

# re: repeat counts at and above CPython's MAXREPEAT
import re
for pat in ['a{4294967295}', 'a{4294967296}', 'a{1,4294967295}', 'a{100000000000000000000}',
            'a{,4294967296}', 'a{2,1}', 'a{100000}']:
    try:
        print(pat, re.compile(pat).match('aa'))
    except OverflowError as e:
        print(pat, "OverflowError", e)
    except re.error as e:
        print(pat, "re.error", e)
