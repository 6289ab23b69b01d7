"""Hexiom: solve a Hexiom puzzle by constraint propagation and search.

A hexagonal board (side 4, 37 cells) must hold a given multiset of
numbered tiles; a tile showing k must end up with exactly k occupied
neighbours.  Some tiles are locked in place.  The solver keeps a domain
(possible tiles, or "empty") for every cell, narrows the domains until
nothing changes, then branches on the cell with the fewest choices and
copies the state for each branch.  It counts every solution.

The puzzle was made for this suite: a random filling of the board whose
tile numbers were then read off, with a few tiles locked.
"""

import harness

SIDE = 4
EMPTY = 7  # domain value meaning "no tile here"

# Puzzle layout, row by row from the top; "." = cell, digits = locked tile.
LAYOUT = """
   . . . 1
  . . . . .
 1 . . . . .
. . 5 . . 6 .
 . . . 5 . .
  . . . . 3
   . . . .
"""
# Free tiles to place: (value, count)
TILES = [(1, 1), (2, 3), (3, 4), (4, 6), (5, 6), (6, 4)]


def make_cells(side):
    cells = []
    for r in range(-(side - 1), side):
        for q in range(-(side - 1), side):
            if abs(q + r) <= side - 1:
                cells.append((q, r))
    index = {}
    for i, c in enumerate(cells):
        index[c] = i
    neighbours = []
    for q, r in cells:
        near = []
        for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
            j = index.get((q + dq, r + dr))
            if j is not None:
                near.append(j)
        near.sort()
        neighbours.append(near)
    return cells, neighbours


CELLS, NEIGHBOURS = make_cells(SIDE)


class Contradiction(Exception):
    pass


class State(object):
    def __init__(self, domains, counts):
        self.domains = domains      # list of lists of values
        self.counts = counts        # counts[v]: tiles of value v (7: empties)

    def copy(self):
        return State([d[:] for d in self.domains], self.counts)

    def decided(self, cell):
        d = self.domains[cell]
        return d[0] if len(d) == 1 else None

    def remove(self, cell, value):
        d = self.domains[cell]
        if value in d:
            d.remove(value)
            if not d:
                raise Contradiction()
            return True
        return False

    def restrict(self, cell, keep_occupied):
        """Keep only tiles (keep_occupied) or only EMPTY in a cell."""
        d = self.domains[cell]
        if keep_occupied:
            new = [v for v in d if v != EMPTY]
        else:
            new = [v for v in d if v == EMPTY]
        if not new:
            raise Contradiction()
        if len(new) != len(d):
            self.domains[cell] = new
            return True
        return False

    def bounds(self, cell):
        """(surely occupied, possibly occupied) neighbours of cell."""
        sure = 0
        maybe = 0
        domains = self.domains
        for n in NEIGHBOURS[cell]:
            d = domains[n]
            if EMPTY in d:
                if len(d) > 1:
                    maybe += 1
            else:
                sure += 1
                maybe += 1
        return sure, maybe

    def propagate(self):
        changed = True
        domains = self.domains
        ncells = len(domains)
        while changed:
            changed = False
            # each value may not be used more often than there are tiles
            used = [0] * 8
            for d in domains:
                if len(d) == 1:
                    used[d[0]] += 1
            for v in range(8):
                if used[v] > self.counts[v]:
                    raise Contradiction()
                if used[v] == self.counts[v]:
                    for cell in range(ncells):
                        d = domains[cell]
                        if len(d) > 1 and v in d:
                            self.remove(cell, v)
                            changed = True
            # neighbour counting
            for cell in range(ncells):
                d = domains[cell]
                sure, maybe = self.bounds(cell)
                if len(d) == 1:
                    v = d[0]
                    if v == EMPTY:
                        continue
                    if v < sure or v > maybe:
                        raise Contradiction()
                    if maybe > sure and (v == sure or v == maybe):
                        # the undecided neighbours are all empty (v == sure)
                        # or all occupied (v == maybe)
                        for n in NEIGHBOURS[cell]:
                            dn = domains[n]
                            if len(dn) > 1 and EMPTY in dn:
                                self.restrict(n, v == maybe)
                                changed = True
                else:
                    for v in d[:]:
                        if v != EMPTY and (v < sure or v > maybe):
                            self.remove(cell, v)
                            changed = True

    def choose_cell(self):
        best = None
        best_size = 99
        for cell, d in enumerate(self.domains):
            size = len(d)
            if 1 < size < best_size:
                best = cell
                best_size = size
        return best

    def picture(self):
        out = []
        for d in self.domains:
            out.append("." if d[0] == EMPTY else str(d[0]))
        return "".join(out)


def initial_state():
    counts = [0] * 8
    for value, count in TILES:
        counts[value] += count
    layout = "".join(LAYOUT.split())
    if len(layout) != len(CELLS):
        raise ValueError("layout has %d cells, board %d"
                         % (len(layout), len(CELLS)))
    domains = []
    locked = 0
    for ch in layout:
        if ch == ".":
            domains.append(None)
        else:
            v = int(ch)
            counts[v] += 1
            domains.append([v])
            locked += 1
    counts[EMPTY] = len(CELLS) - sum(counts[:7])
    values = [v for v in range(8) if counts[v] > 0]
    for i in range(len(domains)):
        if domains[i] is None:
            domains[i] = values[:]
    return State(domains, counts)


def solve(state, found):
    try:
        state.propagate()
    except Contradiction:
        return
    cell = state.choose_cell()
    if cell is None:
        found.append(state.picture())
        return
    for v in state.domains[cell]:
        branch = state.copy()
        branch.domains[cell] = [v]
        solve(branch, found)


def run_once():
    found = []
    solve(initial_state(), found)
    return found


EXPECTED = [
    "2431.55..146543..56663146554.55.32432",
    "23.1.54.3146554..56663146554.55.32432",
]


def valid(picture):
    """Check a solution against the rules directly."""
    layout = "".join(LAYOUT.split())
    counts = {}
    for i, ch in enumerate(picture):
        if layout[i] != "." and layout[i] != ch:
            return False
        if ch == ".":
            continue
        counts[int(ch)] = counts.get(int(ch), 0) + 1
        near = sum(1 for n in NEIGHBOURS[i] if picture[n] != ".")
        if near != int(ch):
            return False
    for ch in layout:
        if ch != ".":
            counts[int(ch)] -= 1
    return sorted((v, c) for v, c in counts.items() if c) == TILES


def check(result):
    harness.expect(result, EXPECTED, "solutions")
    for picture in result:
        if not valid(picture):
            raise harness.CheckFailed("invalid solution %s" % picture)


if __name__ == "__main__":
    harness.main("hexiom", run_once, check=check)
