# Known differences: argument-count messages of functions that are C in CPython and
# plain Python functions in weft, and copying built-in iterators (no __reduce__).
import operator, copy, heapq, bisect, itertools, collections
for c in ["operator.add(1)", "heapq.heappush([])", "bisect.bisect([])", "itertools.accumulate()", "itertools.tee()",
          "collections.deque(1, 2, 3)", "copy.copy(iter([1, 2]))", "collections.defaultdict(list).__missing__"]:
    try:
        r = eval(c)
        print(c, "=>", type(r).__name__)
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
