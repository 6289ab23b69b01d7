# Sudoku solver with constraint propagation and backtracking.
PUZZLES = [
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
    "800000000003600000070090200050007000000045700000100030001000068008500010090000400",
]
def parse(s):
    return [[int(s[r * 9 + c]) for c in range(9)] for r in range(9)]
def show(g):
    lines = []
    for r in range(9):
        if r in (3, 6):
            lines.append("------+-------+------")
        row = ""
        for c in range(9):
            if c in (3, 6):
                row += "| "
            row += (str(g[r][c]) if g[r][c] else ".") + " "
        lines.append(row.rstrip())
    return "\n".join(lines)
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
stats = {"nodes": 0}
def solve(g):
    stats["nodes"] += 1
    best, best_cands = None, None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best_cands):
                    best, best_cands = (r, c), cands
                    if len(cands) == 1:
                        break
        if best_cands is not None and len(best_cands) == 1:
            break
    if best is None:
        return True
    r, c = best
    for d in best_cands:
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False
def valid(g):
    units = [[(r, c) for c in range(9)] for r in range(9)] + [[(r, c) for r in range(9)] for c in range(9)]
    units += [[(br + i, bc + j) for i in range(3) for j in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g[r][c] for r, c in u) == list(range(1, 10)) for u in units)
for p in PUZZLES[:2]:
    g = parse(p)
    print(show(g))
    print()
    stats["nodes"] = 0
    ok = solve(g)
    print("solved:", ok, "valid:", valid(g), "nodes:", stats["nodes"])
    print(show(g))
    print("".join(str(v) for row in g for v in row))
    print()
bad = parse("550070000600195000098000060800060003400803001700020006060000280000419005000080079")
print("invalid puzzle solvable:", solve(bad))
