# zip(..., strict=True) survives copy and pickle: __reduce__ carries the flag and
# zip.__setstate__ restores it.
import copy
import pickle

z = zip([1, 2], [3, 4], strict=True)
print(z.__reduce__()[2:])
print(list(copy.copy(z)))
z2 = zip([1, 2, 3], [3], strict=True)
try:
    print(list(pickle.loads(pickle.dumps(z2))))
except ValueError as e:
    print('ValueError:', e)
z3 = zip([1, 2], [3])
print(z3.__setstate__(1), z3.__reduce__()[2:])
try:
    print(list(z3))
except ValueError as e:
    print('ValueError:', e)
z4 = zip('ab', 'cd', strict=True)
z4.__setstate__(0)
print(z4.__reduce__()[2:], list(z4))
try:
    z4.__setstate__()
except TypeError as e:
    print('TypeError:', e)
print(list(copy.deepcopy(zip([1], [2], strict=True))))
