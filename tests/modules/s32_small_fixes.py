"""Small conformance fixes.

a. dir(bisect) lists only CPython's names (no helpers of weft's fast path).
"""
import bisect

print("--- a. bisect")
print([n for n in dir(bisect) if not n.startswith("__")])
a = [1, 3, 5]
bisect.insort(a, 4)
bisect.insort_left(a, 0, key=lambda v: v)
print(a, bisect.bisect_left(a, 3), bisect.bisect(a, 3.0), bisect.bisect_right(a, 9, key=abs))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
