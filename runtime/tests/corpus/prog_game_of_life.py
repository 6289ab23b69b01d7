# Conway's game of life on a torus, with pattern detection.
def parse(text):
    return {(r, c) for r, line in enumerate(text.strip("\n").splitlines()) for c, ch in enumerate(line) if ch == "#"}
def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = ((r + dr) % h, (c + dc) % w)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def render(cells, h, w):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h))
glider = parse("""
.#.
..#
###
""")
h, w = 8, 10
cells = set(glider)
for gen in range(5):
    print(f"generation {gen} population {len(cells)}")
    print(render(cells, h, w))
    cells = step(cells, h, w)
def normalize(cells):
    if not cells:
        return frozenset()
    mr = min(r for r, _ in cells)
    mc = min(c for _, c in cells)
    return frozenset((r - mr, c - mc) for r, c in cells)
def period(cells, h, w, limit=50):
    seen = {}
    for gen in range(limit):
        key = frozenset(cells)
        if key in seen:
            return seen[key], gen - seen[key]
        seen[key] = gen
        cells = step(cells, h, w)
    return None
patterns = {
    "blinker": "###",
    "block": "##\n##",
    "toad": ".###\n###.",
    "beacon": "##..\n##..\n..##\n..##",
    "glider": ".#.\n..#\n###",
}
for name, text in patterns.items():
    cells = {(r + 3, c + 3) for r, c in parse(text)}
    print(name, "cycle (start, period):", period(cells, 12, 12))
seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed
H, W = 16, 24
soup = {(r, c) for r in range(H) for c in range(W) if rnd() % 3 == 0}
history = []
for gen in range(40):
    history.append(len(soup))
    soup = step(soup, H, W)
print("population history:", history)
print(render(soup, H, W))
