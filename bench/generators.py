"""A pipeline of generators (generator creation, resumption, yield from).

    python3 bench/generators.py [N]
"""
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def lcg(source):
    for i in source:
        yield (i * 1103515245 + 12345) % 2147483648


def keep_odd(source):
    for x in source:
        if x & 1:
            yield x


def scaled(source, k):
    for x in source:
        yield x % k


def pairs(source):
    it = iter(source)
    for a in it:
        b = next(it, 0)
        yield a, b


def chained(n):
    yield from numbers(n)
    yield from numbers(n // 2)


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield sum(window)
            window.pop(0)


def main(n):
    total = 0
    count = 0
    for a, b in pairs(scaled(keep_odd(lcg(numbers(n))), 1000)):
        total += a * b
        count += 1
    print("pairs:", count, total)
    w = 0
    for s in windows(chained(n // 4), 5):
        w ^= s
    print("windows:", w)
    g = sum(x * x for x in numbers(n // 2) if x % 3 == 0)
    print("genexpr:", g)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800000)
