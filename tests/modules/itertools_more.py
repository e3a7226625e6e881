from itertools import *
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(1, 6), lambda a, b: a * b, initial=1)))
print(list(chain.from_iterable(permutations("ab"))), list(starmap(lambda *a: sum(a), [(1, 2, 3), (4,)])))
print([list(g) for _, g in groupby([1, 1, 2, 3, 3, 3, 1])], [k for k, _ in groupby("AAAABBBCCDAABBB")])
print(list(islice(count(10, -2.5), 5)), list(islice(cycle([1, 2]), 0, 7, 3)))
print(list(zip_longest([1, 2, 3], "ab")), list(zip_longest())), list(filterfalse(None, [0, 1, "", "x"]))
print(len(list(combinations(range(10), 4))), len(list(permutations(range(6), 3))), len(list(product("ab", range(3), repeat=2))))
print(list(product()), list(permutations([])), list(combinations([], 0)), list(combinations([1], 2)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
t1, t2, t3 = tee(range(3), 3)
print(list(t1), list(zip(t2, t3)))
print(list(compress(range(10), cycle([1, 0, 0]))), list(takewhile(str.isalpha, "abc1de")), list(dropwhile(str.isalpha, "abc1de")))
print(list(pairwise(range(5))), list(repeat(None, 2)), list(map(pow, range(4), repeat(2))))
def batched(it, n):
    it = iter(it)
    while b := tuple(islice(it, n)):
        yield b
print(list(batched("abcdefg", 3)))
