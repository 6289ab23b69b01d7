"""Float: build many small Point objects from sin/cos, normalise each, and
reduce them to the component-wise maximum.  Exercises float arithmetic,
math calls and object allocation."""

import math

import harness

POINTS = 100000


class Point(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def run_once(n=POINTS):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    best = maximize(points)
    return (best.x, best.y, best.z)


# Recorded from CPython.  Sanity: every normalised component is <= 1, y
# reaches exactly 1.0 at i = 0 (x = 0, y = 3, z = 0), and x and z approach
# 2/sqrt(5) and 1/sqrt(5) where sin(i) is near 1 (x = 1, y = 0, z = 1/2).
EXPECTED = (0.8944271890997864, 1.0, 0.4472135954456992)


def check(result):
    for got, want, axis in zip(result, EXPECTED, "xyz"):
        harness.expect_close(got, want, 1e-12, "max " + axis)


if __name__ == "__main__":
    harness.main("float", run_once, check=check)
