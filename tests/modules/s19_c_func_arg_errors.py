# Argument errors of operator/heapq/bisect functions (C in CPython, Python in weft's
# library) are worded as CPython's argument parsing words them.
import operator, heapq, bisect
for c in ['operator.neg()', 'operator.neg(1,2)', 'operator.index()','operator.not_()','operator.add(1)','operator.add(1,2,3)','operator.add(a=1,b=2)','operator.length_hint()','operator.length_hint(1,2,3)','operator.setitem(1)','heapq.heappop()','heapq.heapify()','heapq.heapify([], 1)', 'heapq.heappush(heap=[])','heapq.heappushpop([])','heapq.heapreplace()', 'operator.countOf(1)','operator.is_(1)', 'operator.truth()', 'heapq.heapify(x=1)', 'operator.neg(x=1)', 'operator.concat(1, 2, b=1)', 'heapq._heapify_max()', 'heapq._heappop_max()','heapq._heapreplace_max([])',
          'bisect.bisect()', 'bisect.insort([])', 'bisect.bisect_left([], 1, 2, 3, 4)', 'bisect.bisect([], x=1, y=2)', 'bisect.bisect([], 1, lo=1, a=2)', 'bisect.bisect(a=[], x=1, lo=0, hi=1, key=None, z=1)', 'bisect.insort_left([], 1, 0, 1, None)',
          'operator.add(1, 2)', 'operator.length_hint([1])', 'bisect.bisect([1, 2], 2)', 'operator.__add__(1)', 'operator.iadd([], 1)', 'operator.attrgetter("x")()', 'operator.itemgetter(1)()', 'heapq.nlargest()', 'heapq.merge(x=1)']:
    try: print(c, "=>", eval(c))
    except TypeError as e: print(c, '->', e)
import inspect
print(inspect.signature(operator.add), inspect.signature(operator.length_hint))
for c in ['operator.attrgetter("x")(obj=1)','operator.itemgetter(1)(1,2)', 'operator.methodcaller("x")()']:
    try: eval(c)
    except TypeError as e: print(c, '->', e)
import functools
for c in ['functools.reduce(1,2,3,4)', 'functools.reduce(function=1)', 'functools.cmp_to_key(mycmp=None, x=1)', 'type(functools.cmp_to_key(mycmp=None)).__name__', 'functools.reduce()', 'functools.cmp_to_key()']:
    try: print(eval(c))
    except TypeError as e: print(c, '->', e)
