"""Recursive Fibonacci (function calls, small-integer arithmetic).

    python3 bench/fib.py [N]
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    print("fib(%d) = %d" % (n, fib(n)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 33)
