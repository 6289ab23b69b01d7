# Conway's game of life on a torus plus a few grid utilities (sets, slicing, string building).
GLIDER = [".#.", "..#", "###"]
BLINKER = ["###"]

class Grid:
    def __init__(self, width, height, live=()):
        self.width, self.height = width, height
        self.live = set(live)

    @classmethod
    def from_pattern(cls, width, height, pattern, at=(0, 0)):
        ox, oy = at
        cells = {(ox + x, oy + y) for y, row in enumerate(pattern) for x, ch in enumerate(row) if ch == "#"}
        return cls(width, height, cells)

    def neighbours(self, cell):
        x, y = cell
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield ((x + dx) % self.width, (y + dy) % self.height)

    def step(self):
        counts = {}
        for cell in self.live:
            for n in self.neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        new = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.live)}
        return Grid(self.width, self.height, new)

    def __str__(self):
        rows = []
        for y in range(self.height):
            rows.append("".join("#" if (x, y) in self.live else "." for x in range(self.width)))
        return "\n".join(rows)

    def __eq__(self, other):
        return isinstance(other, Grid) and self.live == other.live and (self.width, self.height) == (other.width, other.height)

    def __hash__(self):
        return hash((self.width, self.height, frozenset(self.live)))

    def __len__(self):
        return len(self.live)

    def __contains__(self, cell):
        return cell in self.live

    def bbox(self):
        if not self.live:
            return None
        xs = sorted(x for x, _ in self.live)
        ys = sorted(y for _, y in self.live)
        return (xs[0], ys[0], xs[-1], ys[-1])

g = Grid.from_pattern(8, 6, GLIDER, at=(1, 1))
print(g, len(g), g.bbox(), (2, 1) in g, sep="\n")
seen = {}
state = g
for gen in range(40):
    if state in seen:
        print(f"cycle: generation {gen} repeats generation {seen[state]}")
        break
    seen[state] = gen
    state = state.step()
print(state)
print("population history:", [len(s) for s in list(seen)[:10]])
b = Grid.from_pattern(5, 5, BLINKER, at=(1, 2))
b1 = b.step()
print(b1, b1.step() == b, b1 == b, sorted(b1.live), sep="\n")
empty = Grid(3, 3)
print(repr(str(empty)), empty.step() == empty, empty.bbox(), len(empty))
full = Grid(4, 4, {(x, y) for x in range(4) for y in range(4)})
print(len(full.step()), sorted(full.step().live)[:3])
rows = str(Grid.from_pattern(6, 4, ["##", "##"], at=(2, 1))).split("\n")
print(rows[1][::-1], rows[1:3], [r[2:4] for r in rows], "".join(r[-1] for r in rows))
turned = ["".join(col) for col in zip(*rows[::-1])]
print(turned)
counts = [row.count("#") for row in rows]
print(counts, sum(counts), max(range(len(counts)), key=counts.__getitem__))
