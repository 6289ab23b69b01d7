"""N-Queens: brute force over all permutations of the columns, keeping
those whose diagonals are all distinct (itertools.permutations plus set
building).  8 queens have 92 solutions."""

from itertools import permutations

import harness

N = 8


def queens(n):
    cols = range(n)
    for vec in permutations(cols):
        if (n == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def run_once():
    return list(queens(N))


def check(result):
    harness.expect(len(result), 92, "number of solutions")
    harness.expect(result[0], (0, 4, 7, 5, 2, 6, 1, 3), "first solution")
    harness.expect(result[-1], (7, 3, 0, 2, 5, 1, 6, 4), "last solution")
    for vec in result:
        for a in range(N):
            for b in range(a + 1, N):
                if abs(vec[a] - vec[b]) == b - a:
                    raise harness.CheckFailed("queens attack: %r" % (vec,))


if __name__ == "__main__":
    harness.main("nqueens", run_once, check=check)
