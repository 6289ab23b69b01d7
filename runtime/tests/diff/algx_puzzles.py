import itertools
from collections import Counter


def solve_sudoku(board):
    rows = [set() for _ in range(9)]
    cols = [set() for _ in range(9)]
    boxes = [set() for _ in range(9)]
    empty = []
    for r in range(9):
        for c in range(9):
            v = board[r][c]
            if v:
                rows[r].add(v)
                cols[c].add(v)
                boxes[r // 3 * 3 + c // 3].add(v)
            else:
                empty.append((r, c))
    steps = 0

    def bt(i):
        nonlocal steps
        if i == len(empty):
            return True
        # choose most constrained cell
        best = max(range(i, len(empty)), key=lambda k: len(rows[empty[k][0]] | cols[empty[k][1]] | boxes[empty[k][0] // 3 * 3 + empty[k][1] // 3]), default=i)
        empty[i], empty[best] = empty[best], empty[i]
        r, c = empty[i]
        b = r // 3 * 3 + c // 3
        for v in range(1, 10):
            if v in rows[r] or v in cols[c] or v in boxes[b]:
                continue
            steps += 1
            board[r][c] = v
            rows[r].add(v); cols[c].add(v); boxes[b].add(v)
            if bt(i + 1):
                return True
            rows[r].discard(v); cols[c].discard(v); boxes[b].discard(v)
            board[r][c] = 0
        return False

    ok = bt(0)
    return ok, steps


puzzle = """
530070000
600195000
098000060
800060003
400803001
700020006
060000280
000419005
000080079
"""
board = [[int(ch) for ch in line] for line in puzzle.split()]
ok, steps = solve_sudoku(board)
print("sudoku solved:", ok, "steps:", steps)
for row in board:
    print(" ".join(map(str, row)))
print("valid:", all(sorted(r) == list(range(1, 10)) for r in board) and all(sorted(c) == list(range(1, 10)) for c in zip(*board)))


def n_queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    placement = []

    def place(r):
        if r == n:
            sols.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placement.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); placement.pop()

    place(0)
    return sols


for n in range(1, 9):
    s = n_queens(n)
    print(n, "queens:", len(s), s[0] if s else None)
first = n_queens(8)[0]
for r, c in enumerate(first):
    print("".join("Q" if i == c else "." for i in range(8)))
print("perm check:", sum(1 for p in itertools.permutations(range(6)) if len({i + v for i, v in enumerate(p)}) == 6 and len({i - v for i, v in enumerate(p)}) == 6))


def life_step(cells):
    counts = Counter((x + dx, y + dy) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}


def render(cells, w, h):
    return ["".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h)]


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = set(glider)
for gen in range(4):
    g = life_step(g)
print("glider after 4:", sorted(g), sorted(g) == sorted((x + 1, y + 1) for x, y in glider))
rpent = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
pop = []
c = rpent
for gen in range(120):
    c = life_step(c)
    pop.append(len(c))
print("r-pentomino populations:", pop[:10], pop[-5:], max(pop))
blinker = {(1, 0), (1, 1), (1, 2)}
print("\n".join(render(life_step(blinker), 3, 3)))


# grid-based life with wrap-around
def life_grid(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for _ in range(h)]
    for y in range(h):
        for x in range(w):
            n = sum(grid[(y + dy) % h][(x + dx) % w] for dy in (-1, 0, 1) for dx in (-1, 0, 1)) - grid[y][x]
            new[y][x] = 1 if n == 3 or (n == 2 and grid[y][x]) else 0
    return new


grid = [[0] * 8 for _ in range(8)]
for x, y in glider:
    grid[y][x] = 1
for _ in range(32):
    grid = life_grid(grid)
print("torus glider back:", [[x for x in range(8) if grid[y][x]] for y in range(8)])


# knights tour (Warnsdorff)
def knights_tour(n, start):
    moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
    board = [[0] * n for _ in range(n)]
    x, y = start
    board[y][x] = 1
    for step in range(2, n * n + 1):
        cands = []
        for dx, dy in moves:
            nx, ny = x + dx, y + dy
            if 0 <= nx < n and 0 <= ny < n and not board[ny][nx]:
                deg = sum(1 for ex, ey in moves if 0 <= nx + ex < n and 0 <= ny + ey < n and not board[ny + ey][nx + ex])
                cands.append((deg, nx, ny))
        if not cands:
            return None
        _, x, y = min(cands)
        board[y][x] = step
    return board


kt = knights_tour(6, (0, 0))
for row in kt or []:
    print(" ".join(f"{v:2d}" for v in row))

# 8-puzzle BFS
from collections import deque
start = (1, 2, 3, 4, 0, 6, 7, 5, 8)
goal = (1, 2, 3, 4, 5, 6, 7, 8, 0)
seen = {start: None}
q = deque([start])
while q:
    s = q.popleft()
    if s == goal:
        break
    z = s.index(0)
    zr, zc = divmod(z, 3)
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        r, cc = zr + dr, zc + dc
        if 0 <= r < 3 and 0 <= cc < 3:
            lst = list(s)
            j = r * 3 + cc
            lst[z], lst[j] = lst[j], lst[z]
            t = tuple(lst)
            if t not in seen:
                seen[t] = s
                q.append(t)
path = []
s = goal
while s:
    path.append(s)
    s = seen[s]
print("8-puzzle moves:", len(path) - 1, "explored:", len(seen))
