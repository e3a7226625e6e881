# Counter.most_common(n) with n not an int fails as CPython's heapq.nlargest does.
import collections
c = collections.Counter('abracadabra')
for n in [1.5, 5.5, 20.5, -1.5, '1', -1, 0, 1, 3, 10, True, False, None, 2**70, -2**70, [], 2.0]:
    try: print(repr(n), c.most_common(n))
    except Exception as e: print(repr(n), type(e).__name__, e)
print(collections.Counter().most_common(0), collections.Counter().most_common(1))
try:
    collections.Counter().most_common(1.5)
except TypeError as e:
    print(e)
