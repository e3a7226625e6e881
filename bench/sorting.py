"""Sorting: ints, floats, strings, tuples, key functions, reverse,
stability, sorted() and list.sort().

    python3 bench/sorting.py [N]
"""
import sys


def gen(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = x * 48271 % 2147483647
        out.append(x)
    return out


def main(n):
    ints = gen(n, 1)
    checksum = 0
    for rep in range(3):
        a = ints[:]
        a.sort()
        checksum += a[0] + a[n // 2] + a[-1]
        b = sorted(ints, reverse=True)
        checksum += b[1]
    floats = [x / 7.0 for x in ints]
    floats.sort()
    print("ints:", checksum, "floats: %.6f %.6f" % (floats[0], floats[-1]))
    strs = ["k%d" % (x % 100000) for x in ints]
    s = sorted(strs)
    print("strings:", s[0], s[len(s) // 2], s[-1])
    recs = [(x % 100, "n%d" % (x % 977), i) for i, x in enumerate(ints)]
    recs.sort(key=lambda r: r[0])
    # stable: equal keys keep their original order (index ascending)
    stable = all(recs[i][2] < recs[i + 1][2] for i in range(len(recs) - 1)
                 if recs[i][0] == recs[i + 1][0])
    print("stable:", stable, recs[0], recs[-1])
    recs.sort()
    print("tuples:", recs[0], recs[-1])
    by_len = sorted(strs[: n // 2], key=len)
    print("by len:", by_len[0], by_len[-1])
    pre = list(range(n))
    pre.sort()
    pre.sort(reverse=True)
    print("presorted:", pre[0], pre[-1])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
