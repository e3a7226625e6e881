"""Closures: creating and calling nested functions, cells and nonlocal.

    python3 bench/closures.py [N]
"""
import sys


def make_counter():
    count = 0

    def incr(k):
        nonlocal count
        count += k
        return count
    return incr


def make_adder(a):
    def add(x):
        return x + a
    return add


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_accumulator(start):
    total = [start]

    def acc(x):
        total[0] += x
        return total[0]
    return acc


def main(n):
    counter = make_counter()
    acc = make_accumulator(0)
    checksum = 0
    for i in range(n):
        add = make_adder(i % 7)
        f = compose(add, make_adder(3))
        checksum += f(i)
        counter(i & 3)
        acc(add(1))
    print("checksum:", checksum)
    print("counter:", counter(0))
    print("accumulator:", acc(0))
    lam = [(lambda x, k=k: x * k) for k in range(10)]
    s = 0
    for i in range(n // 10):
        for f in lam:
            s += f(i)
    print("lambdas:", s)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500000)
