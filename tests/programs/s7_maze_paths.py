"""Maze solving with BFS, DFS and A*, then an uncaught error from a malformed maze."""
from collections import deque
import heapq

MAZE = """\
###########
#S..#.....#
#.#.#.###.#
#.#...#...#
#.#####.#.#
#...#...#E#
###.#.###.#
#.....#...#
###########"""


class MazeError(Exception):
    pass


class Maze:
    MOVES = {"N": (-1, 0), "S": (1, 0), "W": (0, -1), "E": (0, 1)}

    def __init__(self, text):
        self.grid = [list(row) for row in text.splitlines()]
        widths = {len(r) for r in self.grid}
        if len(widths) != 1:
            raise MazeError(f"rows have different widths: {sorted(widths)}")
        self.h, self.w = len(self.grid), widths.pop()
        self.start = self._find("S")
        self.end = self._find("E")

    def _find(self, ch):
        for r, row in enumerate(self.grid):
            if ch in row:
                return r, row.index(ch)
        raise MazeError(f"no {ch!r} in maze")

    def neighbors(self, pos):
        r, c = pos
        for name, (dr, dc) in self.MOVES.items():
            nr, nc = r + dr, c + dc
            if 0 <= nr < self.h and 0 <= nc < self.w and self.grid[nr][nc] != "#":
                yield name, (nr, nc)

    def bfs(self):
        prev = {self.start: None}
        q = deque([self.start])
        while q:
            cur = q.popleft()
            if cur == self.end:
                break
            for move, nxt in self.neighbors(cur):
                if nxt not in prev:
                    prev[nxt] = (cur, move)
                    q.append(nxt)
        else:
            return None, len(prev)
        path = []
        node = self.end
        while prev[node] is not None:
            node, move = prev[node]
            path.append(move)
        return "".join(reversed(path)), len(prev)

    def dfs(self, pos=None, seen=None):
        pos = pos or self.start
        seen = seen if seen is not None else {pos}
        if pos == self.end:
            return ""
        for move, nxt in self.neighbors(pos):
            if nxt not in seen:
                seen.add(nxt)
                rest = self.dfs(nxt, seen)
                if rest is not None:
                    return move + rest
        return None

    def astar(self):
        def h(p):
            return abs(p[0] - self.end[0]) + abs(p[1] - self.end[1])
        open_ = [(h(self.start), 0, self.start, "")]
        best = {self.start: 0}
        expanded = 0
        while open_:
            f, g, pos, path = heapq.heappop(open_)
            expanded += 1
            if pos == self.end:
                return path, expanded
            for move, nxt in self.neighbors(pos):
                if g + 1 < best.get(nxt, float("inf")):
                    best[nxt] = g + 1
                    heapq.heappush(open_, (g + 1 + h(nxt), g + 1, nxt, path + move))
        return None, expanded

    def render(self, path):
        grid = [row[:] for row in self.grid]
        r, c = self.start
        for move in path[:-1]:
            dr, dc = self.MOVES[move]
            r, c = r + dr, c + dc
            grid[r][c] = "*"
        return "\n".join("".join(row) for row in grid)


m = Maze(MAZE)
print(f"{m.w}x{m.h} start={m.start} end={m.end}")
path, visited = m.bfs()
print("BFS:", path, len(path), "visited", visited)
print(m.render(path))
d = m.dfs()
print("DFS:", d, len(d))
a, expanded = m.astar()
print("A*:", a, len(a), "expanded", expanded, a == path or len(a) == len(path))
blocked = Maze(MAZE.replace("#...#...#E#", "#...#...###").replace("#.....#...#", "#.....#.#E#"))
print("blocked BFS:", blocked.bfs(), "DFS:", blocked.dfs(), "A*:", blocked.astar())
for bad in ["#S#\n#E", "###\n#.#\n###"]:
    try:
        Maze(bad)
    except MazeError as e:
        print("MazeError:", e)
counts = {}
for row in m.grid:
    for ch in row:
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: -kv[1]))


def load_all(texts):
    return [Maze(t).bfs()[0] for t in texts]


print(load_all([MAZE, "#####\n#S.E#\n#####"]))
load_all(["#S.E#", "#S..#\n#.#E"])
