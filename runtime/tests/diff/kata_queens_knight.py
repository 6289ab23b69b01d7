"""N-queens enumeration and a Warnsdorff knight's tour."""
import sys
from collections import Counter


def queens(n):
    """Yield solutions as tuples of column positions, one per row."""
    cols = [0] * n
    used_cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            yield tuple(cols)
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c); diag1.add(row - c); diag2.add(row + c)
            yield from place(row + 1)
            used_cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)

    yield from place(0)


def board(solution):
    n = len(solution)
    return "\n".join(" ".join("Q" if solution[r] == c else "." for c in range(n)) for r in range(n))


def canonical(sol):
    n = len(sol)
    pts = [(r, c) for r, c in enumerate(sol)]
    variants = []
    for _ in range(4):
        pts = [(c, n - 1 - r) for r, c in pts]
        variants.append(tuple(c for r, c in sorted(pts)))
        mirrored = [(r, n - 1 - c) for r, c in pts]
        variants.append(tuple(c for r, c in sorted(mirrored)))
    return min(variants)


MOVES = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]


class Tour:
    def __init__(self, size):
        self.size = size
        self.board = [[0] * size for _ in range(size)]

    def inside(self, r, c):
        return 0 <= r < self.size and 0 <= c < self.size

    def free_moves(self, r, c):
        return [(r + dr, c + dc) for dr, dc in MOVES
                if self.inside(r + dr, c + dc) and self.board[r + dr][c + dc] == 0]

    def run(self, start):
        r, c = start
        self.board[r][c] = 1
        for step in range(2, self.size * self.size + 1):
            options = self.free_moves(r, c)
            if not options:
                return step - 1
            r, c = min(options, key=lambda p: (len(self.free_moves(*p)), p))
            self.board[r][c] = step
        return self.size * self.size

    def check(self):
        pos = {}
        for r, row in enumerate(self.board):
            for c, v in enumerate(row):
                pos[v] = (r, c)
        for k in range(1, len(pos)):
            (r1, c1), (r2, c2) = pos[k], pos[k + 1]
            if sorted((abs(r1 - r2), abs(c1 - c2))) != [1, 2]:
                return False
        return True

    def __str__(self):
        width = len(str(self.size * self.size))
        return "\n".join(" ".join(f"{v:>{width}}" for v in row) for row in self.board)


def algebraic(r, c):
    return "abcdefgh"[c] + str(8 - r)


if __name__ == "__main__":
    top = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    for n in range(1, top + 1):
        sols = list(queens(n))
        unique = {canonical(s) for s in sols}
        print(f"n={n}: {len(sols):>3} solutions, {len(unique):>2} unique")
    first6 = next(queens(6))
    print(first6)
    print(board(first6))
    eight = list(queens(8))
    print(eight[:3], eight[-1])
    corner = Counter(s[0] for s in eight)
    print(sorted(corner.items()))
    print(" ".join(algebraic(r, c) for r, c in enumerate(eight[0])))

    for size, start in [(5, (0, 0)), (6, (0, 0)), (8, (0, 0)), (8, (3, 4))]:
        t = Tour(size)
        visited = t.run(start)
        print(f"size={size} start={start} visited={visited}/{size * size} ok={t.check()}")
        if size != 8 or start == (0, 0):
            print(t)
