"""N-queens: count every placement of N queens by backtracking
(recursion, list operations, sets).

    python3 bench/nqueens.py [N]
"""
import sys


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []
    found = []

    def place(row):
        if row == n:
            found.append(tuple(placed))
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    place(0)
    return found


def main(n):
    solutions = solve(n)
    print("%d-queens: %d solutions" % (n, len(solutions)))
    print("first:", solutions[0])
    print("last:", solutions[-1])
    # a checksum over every solution
    total = 0
    for s in solutions:
        for i, c in enumerate(s):
            total += (i + 1) * c
    print("checksum:", total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
