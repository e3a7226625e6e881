# deque iterators: _collections._deque_iterator / _deque_reverse_iterator, built from
# (deque, index), so they copy and pickle midway.
import collections, copy, pickle
d = collections.deque([1, 2, 3, 4])
i = iter(d); next(i)
r = reversed(d); next(r)
print(type(i), type(r), i.__reduce__(), r.__reduce__())
print(list(copy.copy(i)), list(pickle.loads(pickle.dumps(r))), list(i), list(r))
print(list(type(i)(d, 2)), list(type(r)(d, 3)), list(type(i)(d, 10)), list(type(i)(d, -1)))
try: type(i)([1])
except TypeError as e: print(e)
i2 = iter(d); d.append(5)
try: next(i2)
except RuntimeError as e: print(e)
print(i.__length_hint__() if hasattr(i, '__length_hint__') else None)
import _collections
print(_collections.deque is collections.deque, type(i).__module__)
