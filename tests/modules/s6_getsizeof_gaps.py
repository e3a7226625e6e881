import sys
# list(iterable) and str.split preallocate in CPython; __sizeof__ methods of built-in types
print(sys.getsizeof(list(range(10))), sys.getsizeof(list("abcdef")), sys.getsizeof("a b c".split()))
print([].__sizeof__(), (1, 2).__sizeof__(), "ab".__sizeof__(), {}.__sizeof__(), (5).__sizeof__(), object().__sizeof__())
import collections, functools
print(sys.getsizeof(collections.deque()), sys.getsizeof(collections.defaultdict()), sys.getsizeof(functools.partial(len)))
