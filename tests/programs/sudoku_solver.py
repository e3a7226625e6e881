"""Sudoku solver with constraint propagation and backtracking."""
PUZZLES = [
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
    "100007090030020008009600500005300900010080002600004000300000010040000007007000300",
]


def parse(s):
    return [[int(s[r * 9 + c]) for c in range(9)] for r in range(9)]


def candidates(b, r, c):
    used = set(b[r]) | {b[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {b[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


stats = {"calls": 0}


def solve(b):
    stats["calls"] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if b[r][c] == 0:
                cand = candidates(b, r, c)
                if not cand:
                    return False
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        b[r][c] = d
        if solve(b):
            return True
    b[r][c] = 0
    return False


def show(b):
    out = []
    for r, row in enumerate(b):
        if r and r % 3 == 0:
            out.append("------+-------+------")
        parts = [" ".join(str(d) if d else "." for d in row[i:i + 3]) for i in (0, 3, 6)]
        out.append(" | ".join(parts))
    return "\n".join(out)


def valid(b):
    rows = all(sorted(r) == list(range(1, 10)) for r in b)
    cols = all(sorted(col) == list(range(1, 10)) for col in zip(*b))
    boxes = all(sorted(b[r + i][c + j] for i in range(3) for j in range(3)) == list(range(1, 10))
                for r in (0, 3, 6) for c in (0, 3, 6))
    return rows and cols and boxes


for n, p in enumerate(PUZZLES[:2], 1):
    b = parse(p)
    print(f"Puzzle {n} ({p.count('0')} blanks):")
    print(show(b))
    stats["calls"] = 0
    ok = solve(b)
    print(f"solved={ok} valid={valid(b)} calls>0={stats['calls'] > 0}")
    print(show(b))
    print("".join(map(str, sum(b, []))))
    print()

bad = parse("55" + "0" * 79)
print("contradiction:", candidates(bad, 0, 2)[:3], valid(bad))
