"""Matrix katas (spiral, rotation, multiplication, determinant) and Pascal's triangle."""
from fractions import Fraction
from itertools import chain
import operator


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def counting(cls, h, w, start=1):
        return cls([[start + r * w + c for c in range(w)] for r in range(h)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
                return Matrix([row[c] if isinstance(c, slice) else [row[c]] for row in rows])
            return self.rows[r][c]
        return self.rows[key]

    def __iter__(self):
        return chain.from_iterable(self.rows)

    def __len__(self):
        return len(self.rows) * len(self.rows[0])

    def __contains__(self, value):
        return any(value in row for row in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[str(v) for v in row] for row in self.rows]
        w = max(len(s) for s in chain.from_iterable(cells))
        return "\n".join("[" + " ".join(s.rjust(w) for s in row) + "]" for row in cells)

    def transpose(self):
        return Matrix(zip(*self.rows))

    def rotate(self, quarter_turns=1):
        m = self
        for _ in range(quarter_turns % 4):
            m = Matrix(zip(*m.rows[::-1]))
        return m

    def __matmul__(self, other):
        (n, k), (k2, m) = self.shape, other.shape
        if k != k2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def _binop(self, other, op):
        if isinstance(other, Matrix):
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        return Matrix([[op(a, other) for a in row] for row in self.rows])

    def __add__(self, other):
        return self._binop(other, operator.add)

    def __mul__(self, other):
        return self._binop(other, operator.mul)

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        a = [[Fraction(v) for v in row] for row in self.rows]
        det = Fraction(1)
        for i in range(n):
            pivot = next((r for r in range(i, n) if a[r][i] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != i:
                a[i], a[pivot] = a[pivot], a[i]
                det = -det
            det *= a[i][i]
            for r in range(i + 1, n):
                factor = a[r][i] / a[i][i]
                a[r] = [x - factor * y for x, y in zip(a[r], a[i])]
        return det


def spiral(matrix):
    rows = [list(r) for r in matrix.rows]
    while rows:
        yield from rows.pop(0)
        rows = [list(r) for r in zip(*rows)][::-1]


def spiral_fill(n):
    grid = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or grid[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return Matrix(grid)


def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]


if __name__ == "__main__":
    m = Matrix.counting(3, 4)
    print(m, m.shape, len(m), 7 in m, 13 in m, sep="\n")
    print(list(spiral(m)))
    print(m.transpose())
    for k in range(5):
        print(f"rot{k}:", m.rotate(k).rows)
    print(m.rotate(4) == m, m.rotate(2) == m.rotate(-2), m[1, 2], m[1], m[0:2, 1:3].rows, m[:, 0].rows)
    print(m @ m.transpose())
    print(repr(2 * Matrix.identity(2) + Matrix([[0, 1], [1, 0]])), repr(-Matrix([[1, -2]])))
    fibm = Matrix([[1, 1], [1, 0]])
    print((fibm ** 10).rows, (fibm ** 90)[0, 1])
    try:
        m @ m
    except ValueError as e:
        print("ValueError:", e)
    try:
        Matrix([[1, 2], [3]])
    except ValueError as e:
        print("ValueError:", e)
    for mat in ([[2, 0, 1], [1, 3, 2], [1, 1, 1]], [[1, 2], [2, 4]], [[0, 1], [1, 0]], [[Fraction(1, 2), 3], [4, Fraction(2, 3)]]):
        print(f"det{mat} = {Matrix(mat).determinant()}")
    print(spiral_fill(5))
    print(list(spiral(spiral_fill(6))) == list(range(1, 37)))
    rows = list(pascal(12))
    width = len("   ".join(map(str, rows[-1])))
    for row in rows:
        print("   ".join(map(str, row)).center(width).rstrip())
    print([sum(r) for r in rows] == [2 ** i for i in range(12)])
    for row in list(pascal(32))[::8]:
        print("".join("*" if v % 2 else " " for v in row).rstrip() or "<empty>")
    print(max(list(pascal(40))[-1]), f"{sum(list(pascal(60))[-1]):,}")
