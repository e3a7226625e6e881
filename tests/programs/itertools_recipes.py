import itertools as it
from itertools import groupby, permutations, combinations, combinations_with_replacement, product, accumulate, chain, islice, zip_longest, starmap, compress, cycle, repeat, tee, pairwise, filterfalse, dropwhile, count
import operator
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in groupby(data)], [k for k, _ in groupby("aaabbbcca")])
print(list(permutations("abc", 2)), len(list(permutations(range(6)))), list(combinations(range(4), 3)), list(combinations_with_replacement("ab", 3)))
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(chain("ab", [1], (2,))), list(chain.from_iterable(["xy", "z"])), list(islice(count(10, 3), 2, 12, 4)), list(zip_longest("abc", [1], fillvalue="-")))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1])), list(islice(cycle("xy"), 5)), list(repeat(7, 3)), list(pairwise("abcd")))
a, b = tee(iter(range(4)))
print(list(a), list(b), list(filterfalse(str.isdigit, "a1b2")), list(dropwhile(lambda x: x < 3, [1, 5, 2])), list(count(1.5, 0.5))[:0] if False else next(count(1.5, 0.5)))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")), list(it.batched("ABCDEFG", 3)) if hasattr(it, "batched") else "nobatched")
def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
def unique_everseen(iterable, key=None):
    seen = set()
    for e in iterable:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k)
            yield e
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
def roundrobin(*iterables):
    nexts = cycle(iter(x).__next__ for x in iterables)
    num = len(iterables)
    while num:
        try:
            for n in nexts:
                yield n()
        except StopIteration:
            num -= 1
            nexts = cycle(islice(nexts, num))
print(list(roundrobin("ABC", "D", "EF")))
print(repr(count(5)), repr(repeat("a", 2)), repr(count(1.0, 0.25)))
print(list(it.product()), list(permutations([])), list(combinations("ab", 5)), list(islice("abc", None)), list(zip(*[])))
people = [("ann", "dev", 50), ("bob", "ops", 40), ("cat", "dev", 70), ("dan", "ops", 45), ("eve", "mgmt", 90)]
key = operator.itemgetter(1)
for dept, grp in groupby(sorted(people, key=key), key=key):
    grp = list(grp)
    print(f"{dept:<5} n={len(grp)} total={sum(p[2] for p in grp):>4} names={','.join(p[0] for p in grp)}")
try:
    list(islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    list(permutations("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(zip("ab", "cd", "ef")), list(enumerate("xy", start=-1)), list(reversed(range(3))), list(filter(None, [0, 1, "", "a"])))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
