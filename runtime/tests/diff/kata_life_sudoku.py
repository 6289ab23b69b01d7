"""Conway's game of life on a small torus, and a backtracking sudoku solver."""
from itertools import product

GLIDER = """\
..........
...#......
....#.....
..###.....
..........
..........
.......##.
.......##.
..........
"""


class Life:
    def __init__(self, text, wrap=True):
        rows = text.strip("\n").splitlines()
        self.h = len(rows)
        self.w = max(len(r) for r in rows)
        self.wrap = wrap
        self.cells = {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
        self.generation = 0

    def neighbours(self, r, c):
        for dr, dc in product((-1, 0, 1), repeat=2):
            if dr == dc == 0:
                continue
            rr, cc = r + dr, c + dc
            if self.wrap:
                yield rr % self.h, cc % self.w
            elif 0 <= rr < self.h and 0 <= cc < self.w:
                yield rr, cc

    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in self.cells)}
        self.generation += 1
        return self

    def __str__(self):
        lines = []
        for r in range(self.h):
            lines.append("".join("#" if (r, c) in self.cells else "." for c in range(self.w)))
        return "\n".join(lines)

    def __repr__(self):
        return f"<Life {self.w}x{self.h} gen={self.generation} alive={len(self.cells)}>"

    def bbox(self):
        if not self.cells:
            return None
        rs = [r for r, _ in self.cells]
        cs = [c for _, c in self.cells]
        return (min(rs), min(cs), max(rs), max(cs))


PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

calls = 0


def parse_grid(text):
    grid = []
    for line in text.split():
        grid.append([0 if ch == "." else int(ch) for ch in line])
    return grid


def candidates(grid, r, c):
    used = set(grid[r])
    used |= {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve(grid):
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
                if not cands:
                    return False
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


def show(grid):
    sep = "+-------+-------+-------+"
    out = [sep]
    for r, row in enumerate(grid):
        parts = []
        for b in range(3):
            parts.append(" ".join(str(d) if d else "." for d in row[3 * b:3 * b + 3]))
        out.append("| " + " | ".join(parts) + " |")
        if r % 3 == 2:
            out.append(sep)
    return "\n".join(out)


def valid(grid):
    full = set(range(1, 10))
    rows = all(set(row) == full for row in grid)
    cols = all({grid[r][c] for r in range(9)} == full for c in range(9))
    boxes = all({grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)} == full
                for br in range(0, 9, 3) for bc in range(0, 9, 3))
    return rows and cols and boxes


if __name__ == "__main__":
    life = Life(GLIDER)
    print(repr(life))
    print(life)
    for _ in range(4):
        life.step()
        print(f"-- gen {life.generation}: {len(life.cells)} alive, bbox={life.bbox()}")
        print(life)
    for _ in range(36):
        life.step()
    print(repr(life), life.bbox())
    blinker = Life("....\n.###\n....\n....", wrap=False)
    states = [str(blinker)]
    for _ in range(3):
        states.append(str(blinker.step()))
    print("period 2:", states[0] == states[2], states[1] == states[3], states[0] != states[1])

    grid = parse_grid(PUZZLE)
    print(show(grid))
    blanks = sum(row.count(0) for row in grid)
    ok = solve(grid)
    print(f"solved={ok} blanks={blanks} calls={calls} valid={valid(grid)}")
    print(show(grid))
    bad = parse_grid(PUZZLE)
    bad[0][2] = 5
    calls = 0
    print("contradiction:", solve(bad), calls)
