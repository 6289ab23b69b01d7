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

def parse(s):
    rows = [r for r in s.strip().splitlines()]
    return [[0 if c == '.' else int(c) for c in r] for r in rows]

def candidates(b, r, c):
    used = set(b[r]) | {b[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {b[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

calls = 0
def solve(b):
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if b[r][c] == 0:
                cs = candidates(b, r, c)
                if best is None or len(cs) < len(best[2]):
                    best = (r, c, cs)
    if best is None:
        return True
    r, c, cs = best
    for d in cs:
        b[r][c] = d
        if solve(b):
            return True
    b[r][c] = 0
    return False

b = parse(PUZZLE)
print(solve(b), calls)
for row in b:
    print(' '.join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in b))
print(all(sorted(col) == list(range(1, 10)) for col in zip(*b)))

def queens(n):
    sols = []
    cols = [0] * n
    def place(r, used_c, d1, d2):
        if r == n:
            sols.append(tuple(cols))
            return
        for c in range(n):
            if c in used_c or (r - c) in d1 or (r + c) in d2:
                continue
            cols[r] = c
            place(r + 1, used_c | {c}, d1 | {r - c}, d2 | {r + c})
    place(0, frozenset(), frozenset(), frozenset())
    return sols

for n in range(1, 9):
    s = queens(n)
    print(n, len(s), s[:2])

def queens_bits(n):
    full = (1 << n) - 1
    def go(cols, ld, rd):
        if cols == full:
            return 1
        cnt = 0
        avail = full & ~(cols | ld | rd)
        while avail:
            bit = avail & -avail
            avail ^= bit
            cnt += go(cols | bit, ((ld | bit) << 1) & full, (rd | bit) >> 1)
        return cnt
    return go(0, 0, 0)
print([queens_bits(n) for n in range(1, 10)])

def life(cells, steps):
    for _ in range(steps):
        counts = {}
        for (x, y) in cells:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy:
                        k = (x + dx, y + dy)
                        counts[k] = counts.get(k, 0) + 1
        cells = {k for k, v in counts.items() if v == 3 or (v == 2 and k in cells)}
    return cells

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for s in (0, 4, 8, 40):
    c = life(glider, s)
    print(s, sorted(c))
rpent = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
pops = []
c = rpent
for i in range(60):
    c = life(c, 1)
    pops.append(len(c))
print(pops)
xs = [x for x, y in c]; ys = [y for x, y in c]
print(min(xs), max(xs), min(ys), max(ys))
grid = [['#' if (x, y) in c else '.' for x in range(min(xs), max(xs) + 1)] for y in range(min(ys), max(ys) + 1)]
for row in grid[:8]:
    print(''.join(row))
