import random
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]: a[j], a[j + 1] = a[j + 1], a[j]
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        k, j = a[i], i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]; j -= 1
        a[j + 1] = k
    return a
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1: return a
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heap_sort(a):
    import heapq
    h = a[:]; heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
def counting(a):
    c = [0] * (max(a) + 1)
    for v in a: c[v] += 1
    return [i for i, n in enumerate(c) for _ in range(n)]
rng = random.Random(99)
data = [rng.randint(0, 500) for _ in range(300)]
ref = sorted(data)
for f in (bubble, insertion, merge_sort, quick, heap_sort, counting):
    print(f.__name__, f(data) == ref, f(data)[:8])
print(data[:10])
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x: lo = mid + 1
        else: hi = mid
    return lo if lo < len(a) and a[lo] == x else -1
print([bsearch(ref, v) for v in (ref[0], ref[150], -1, 1000)])
