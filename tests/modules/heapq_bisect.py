import heapq, bisect, random
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 3]
heapq.heapify(data); print(data)
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [1, 8, 2, 9, 5]), heapq.nsmallest(2, [1, 8, 2, 9, 5]), heapq.nlargest(2, ["a", "bbb", "cc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge([3, 1], [2], key=lambda v: -v)) if False else "m")
rng = random.Random(3)
vals = [rng.randint(0, 100) for _ in range(50)]
hh = []
for v in vals: heapq.heappush(hh, (v, str(v)))
print([heapq.heappop(hh)[0] for _ in range(50)] == sorted(vals))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect_right(a, 100))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9); print(a)
print(bisect.bisect_left(a, 4, 0, 3), bisect.bisect_left([("a", 1), ("c", 2)], "b", key=lambda t: t[0]))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
