# islice() arguments above sys.maxsize are refused (ValueError), not iterated towards
import itertools, sys
for args in [(10**20,), (0, 10**20), (10**20, None), (0, None, 10**20), (sys.maxsize, sys.maxsize + 1), (sys.maxsize,), (2, 5, sys.maxsize)]:
    try:
        print(args, list(itertools.islice(range(10), *args)))
    except ValueError as e:
        print(args, "ValueError:", e)
print(next(itertools.islice(itertools.count(), 3, None, 2**62)))
try:
    itertools.islice(itertools.count(), 10**20, 10**20 + 1)
except ValueError as e:
    print(e)
