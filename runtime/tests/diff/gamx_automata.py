"""Elementary cellular automata, Langton's ant and Game of Life with generators."""
import random
import sys
from itertools import islice, pairwise


def rule_table(rule):
    if not 0 <= rule < 256:
        raise ValueError(f"rule must be in 0..255, got {rule}")
    return {tuple(int(b) for b in f"{i:03b}"): (rule >> i) & 1 for i in range(8)}


def elementary(rule, width, seed_cells=None, wrap=True):
    table = rule_table(rule)
    cells = [0] * width
    for c in seed_cells or [width // 2]:
        cells[c] = 1
    while True:
        yield cells
        if wrap:
            padded = [cells[-1]] + cells + [cells[0]]
        else:
            padded = [0] + cells + [0]
        cells = [table[tuple(padded[i:i + 3])] for i in range(width)]


def render_row(cells, on="█", off=" "):
    return "".join(on if c else off for c in cells)


for rule in (30, 90, 110):
    print(f"Rule {rule} ({rule:08b})")
    rows = list(islice(elementary(rule, 41), 16))
    for row in rows:
        print("|" + render_row(row, "#", ".") + "|")
    pop = [sum(r) for r in rows]
    print("population:", pop)
    print("deltas:", [b - a for a, b in pairwise(pop)])

# Rule 30 centre column as a bit stream
centre = [row[50] for row in islice(elementary(30, 101), 64)]
bits = "".join(map(str, centre))
value = int(bits, 2)
print(f"rule30 centre bits: {bits}")
print(f"as hex: {value:#018x}, popcount {value.bit_count()}, bit_length {value.bit_length()}")

try:
    rule_table(300)
except ValueError as e:
    print("error:", e)


# ---------- Langton's ant ----------
def langton(steps, size=21, rules="RL"):
    grid = {}
    x = y = size // 2
    dx, dy = 0, -1
    for step in range(steps):
        state = grid.get((x, y), 0)
        turn = rules[state]
        if turn == "R":
            dx, dy = -dy, dx
        elif turn == "L":
            dx, dy = dy, -dx
        grid[(x, y)] = (state + 1) % len(rules)
        if grid[(x, y)] == 0:
            del grid[(x, y)]
        x, y = (x + dx) % size, (y + dy) % size
    return grid, (x, y)


for steps, rules in ((200, "RL"), (500, "RLR"), (1200, "LLRR")):
    grid, pos = langton(steps, rules=rules)
    print(f"Langton {rules} after {steps} steps: {len(grid)} coloured, ant at {pos}")
    symbols = ".#o+"
    for y in range(21):
        line = "".join("A" if (x, y) == pos else symbols[grid.get((x, y), 0)] for x in range(21))
        print("  " + line)


# ---------- Game of Life ----------
class Life:
    def __init__(self, w, h, alive):
        self.w, self.h = w, h
        self.alive = set(alive)
        self.generation = 0

    @classmethod
    def random(cls, w, h, density, seed):
        rng = random.Random(seed)
        return cls(w, h, {(x, y) for x in range(w) for y in range(h) if rng.random() < density})

    def neighbours(self, x, y):
        return sum(((x + dx) % self.w, (y + dy) % self.h) in self.alive
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)

    def step(self):
        nxt = set()
        for x in range(self.w):
            for y in range(self.h):
                n = self.neighbours(x, y)
                if n == 3 or (n == 2 and (x, y) in self.alive):
                    nxt.add((x, y))
        self.alive = nxt
        self.generation += 1
        return self

    def __str__(self):
        return "\n".join("".join("O" if (x, y) in self.alive else "." for x in range(self.w))
                         for y in range(self.h))

    def signature(self):
        return frozenset(self.alive)


life = Life.random(16, 8, 0.35, seed=2)
seen = {}
while life.generation < 100:
    sig = life.signature()
    if sig in seen:
        print(f"cycle detected: gen {life.generation} repeats gen {seen[sig]} "
              f"(period {life.generation - seen[sig]})")
        break
    seen[sig] = life.generation
    if life.generation in (0, 5, 10):
        print(f"gen {life.generation}: {len(life.alive)} alive\n{life}")
    life.step()
print(f"final gen {life.generation}: {len(life.alive)} alive")

glider = Life(8, 8, {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)})
for _ in range(4):
    glider.step()
print("glider after 4:", sorted(glider.alive))
sys.exit(0)
