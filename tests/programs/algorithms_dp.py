"""Dynamic programming and classic algorithms."""
from functools import lru_cache
import bisect
import difflib


def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if x == y else max(dp[i - 1][j], dp[i][j - 1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def knapsack(items, cap):
    best = [(0, ())] * (cap + 1)
    for name, w, v in items:
        for c in range(cap, w - 1, -1):
            cand = (best[c - w][0] + v, best[c - w][1] + (name,))
            if cand[0] > best[c][0]:
                best[c] = cand
    return best[cap]


@lru_cache(maxsize=None)
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i]); i = prev[i]
    return out[::-1]


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(lcs("AGGTAB", "GXTXAYB"), lcs("programming", "gaming"), repr(lcs("", "abc")))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b), round(difflib.SequenceMatcher(None, a, b).ratio(), 4))
print(knapsack([("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
                ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)], 200))
print(coin_ways(100, (50, 25, 10, 5, 1)), coin_ways(0, ()), coin_ways.cache_info().hits > 0)
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 20]), lis([]), lis([5, 4, 3]))
m = hanoi(4)
print(len(m), m[:5], m[-1])
scores = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
arr = [1, 3, 3, 3, 7]
print(bisect.bisect_left(arr, 3), bisect.bisect_right(arr, 3), bisect.bisect(arr, 0), bisect.bisect_left(arr, 8))
bisect.insort(arr, 5)
bisect.insort_left(arr, 3)
print(arr, bisect.bisect_left([(1, "a"), (2, "b")], (2,)), bisect.bisect([1, 2, 3], 2, lo=0, hi=1))
print(bisect.bisect_left(["apple", "Banana", "cherry"], "banana", key=str.lower) if True else None)
a = "one two three four five".split()
b = "one too three five six".split()
print(list(difflib.unified_diff(a, b, "old", "new", lineterm="")))
print(list(difflib.ndiff(["abc\n", "def\n"], ["abd\n", "def\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("xyz", ["abc"]))
sm = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(sm.get_opcodes(), sm.get_matching_blocks(), sm.find_longest_match(0, 5, 0, 4))
print("".join(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y")))
