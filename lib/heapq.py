"""Heap queue algorithm, a.k.a. priority queue.

Follows https://docs.python.org/3.11/library/heapq.html
Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
The sift strategy matches CPython's so heaps have the same layout.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# The primitives are written in Rust (crates/weft-stdlib/src/heapq.rs), as CPython's
# are in C (_heapq); merge, nsmallest and nlargest build on them.
from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']
    '''
    if reverse:
        heapify_, replace_, pop_, direction = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        heapify_, replace_, pop_, direction = heapify, heapreplace, heappop, 1
    h = []
    order = 0
    # Entries: [sort_key, tie_breaker, value, next_function]
    for it in iterables:
        nxt = iter(it).__next__
        try:
            value = nxt()
        except StopIteration:
            order += 1
            continue
        h.append([value if key is None else key(value), order * direction, value, nxt])
        order += 1
    heapify_(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            pop_(h)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace_(h, entry)
    if h:
        entry = h[0]
        yield entry[2]
        nxt = entry[3]
        while True:
            try:
                value = nxt()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        sentinel = object()
        if key is None:
            result = min(iterable, default=sentinel)
        else:
            result = min(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if -n >= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        sentinel = object()
        if key is None:
            result = max(iterable, default=sentinel)
        else:
            result = max(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if -n >= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
