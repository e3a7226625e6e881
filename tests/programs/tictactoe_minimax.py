"""Tic-tac-toe solved by memoised minimax, plus a Nim analysis with Sprague-Grundy numbers."""
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in board:
        return 0, None
    other = "O" if player == "X" else "X"
    best = None
    for i, cell in enumerate(board):
        if cell == ".":
            score, _ = minimax(board[:i] + player + board[i + 1:], other)
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


print(minimax("." * 9, "X"))
print(minimax.cache_info().currsize)
board, player = "." * 9, "X"
while not winner(board) and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
print(show(board), "| winner:", winner(board))
for pos in ["XX.OO....", "X.O.X.O..", "OXO.X....", "XOXOXO..."]:
    to_move = "X" if pos.count("X") == pos.count("O") else "O"
    score, move = minimax(pos, to_move)
    print(pos, to_move, "score", score, "best move", move)

counts = {"X": 0, "O": 0, None: 0}
seen = set()


def explore(board, player):
    if board in seen:
        return
    seen.add(board)
    w = winner(board)
    if w or "." not in board:
        counts[w] += 1
        return
    for i in range(9):
        if board[i] == ".":
            explore(board[:i] + player + board[i + 1:], "O" if player == "X" else "X")


explore("." * 9, "X")
print(len(seen), counts)


@lru_cache(maxsize=None)
def grundy(n, moves=(1, 3, 4)):
    reachable = {grundy(n - m, moves) for m in moves if m <= n}
    g = 0
    while g in reachable:
        g += 1
    return g


print([grundy(n) for n in range(20)])
print("losing positions:", [n for n in range(40) if grundy(n) == 0])
heaps = [3, 4, 5]
x = 0
for h in heaps:
    x ^= h
print("nim-sum", x, "first player wins" if x else "second player wins")
for i, h in enumerate(heaps):
    target = h ^ x
    if target < h:
        print(f"take {h - target} from heap {i} -> {heaps[:i] + [target] + heaps[i + 1:]}")
