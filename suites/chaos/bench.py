"""Chaos: a "chaos game" whose maps are cubic B-spline curves.

Each step picks one of three spline curves at random (weighted by curve
length), maps the current point's x onto the curve's parameter and its y
onto an offset along the curve's normal, and plots the result on a
256x256 grid.  The fractal image is reduced to a checksum.  Exercises a
small vector class with operator overloading, de Boor evaluation and
random.
"""

import math
import random

import harness

WIDTH = 256
HEIGHT = 256
ITERATIONS = 5000
THICKNESS = 0.25
SEED = 1234


class Vec(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def distance(self, other):
        return (self - other).length()

    def blend(self, other, a, b):
        """a * self + b * other"""
        return Vec(self.x * a + other.x * b, self.y * a + other.y * b,
                   self.z * a + other.z * b)

    def __repr__(self):
        return "Vec(%r, %r, %r)" % (self.x, self.y, self.z)


def clamped_knots(count, degree):
    inner = count - degree
    return ([0.0] * (degree + 1) + [float(i) for i in range(1, inner)]
            + [float(inner)] * (degree + 1))


class Spline(object):
    """A clamped uniform B-spline evaluated with de Boor's algorithm."""

    def __init__(self, points, degree=3):
        if len(points) <= degree:
            raise ValueError("need more control points than the degree")
        self.points = points
        self.degree = degree
        self.knots = clamped_knots(len(points), degree)
        self.lo = self.knots[degree]
        self.hi = self.knots[len(points)]

    def span(self, u):
        k = self.degree
        last = len(self.points) - 1
        while k < last and self.knots[k + 1] <= u:
            k += 1
        return k

    def __call__(self, u):
        p = self.degree
        t = self.knots
        k = self.span(u)
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = t[j + k - p]
                right = t[j + 1 + k - r]
                alpha = (u - left) / (right - left)
                d[j] = d[j - 1].blend(d[j], 1.0 - alpha, alpha)
        return d[p]

    def length(self, samples=64):
        total = 0.0
        prev = self(self.lo)
        step = (self.hi - self.lo) / samples
        for i in range(1, samples + 1):
            cur = self(min(self.lo + i * step, self.hi))
            total += cur.distance(prev)
            prev = cur
        return total


CURVES = [
    [Vec(1.6, 0.3), Vec(1.5, 1.1), Vec(1.1, 1.6), Vec(0.6, 1.9),
     Vec(0.2, 1.4), Vec(0.5, 0.9)],
    [Vec(2.6, 0.4), Vec(2.9, 0.8), Vec(2.7, 1.5), Vec(2.2, 1.9),
     Vec(1.9, 1.3)],
    [Vec(2.1, 0.2), Vec(2.3, 0.6), Vec(2.0, 1.0), Vec(2.4, 1.4),
     Vec(2.1, 1.8), Vec(2.3, 2.1)],
]


class ChaosGame(object):
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        self.minx, self.maxx = min(xs), max(xs)
        self.miny, self.maxy = min(ys), max(ys)
        self.width = self.maxx - self.minx
        self.height = self.maxy - self.miny
        lengths = [s.length() for s in splines]
        self.maxlength = max(lengths)
        total = sum(lengths)
        self.cumulative = []
        acc = 0.0
        for length in lengths:
            acc += length / total
            self.cumulative.append(acc)
        self.lengths = lengths

    def pick(self, r):
        for i, edge in enumerate(self.cumulative):
            if r < edge:
                return i
        return len(self.cumulative) - 1

    def transform(self, point, index):
        spline = self.splines[index]
        span = spline.hi - spline.lo
        fx = (point.x - self.minx) / self.width
        fy = (point.y - self.miny) / self.height
        u = spline.lo + fx * span
        eps = span * 1e-4
        a = max(u - eps, spline.lo)
        b = min(u + eps, spline.hi)
        base = spline(min(u, spline.hi - 1e-9))
        tangent = spline(b) - spline(a)
        tlen = tangent.length()
        if tlen == 0.0:
            return base
        normal = Vec(-tangent.y / tlen, tangent.x / tlen)
        scale = self.thickness * self.lengths[index] / self.maxlength
        return base + normal * ((fy - 0.5) * scale)

    def clip(self, point):
        x = min(max(point.x, self.minx), self.maxx)
        y = min(max(point.y, self.miny), self.maxy)
        return Vec(x, y)

    def run(self, width, height, iterations, rng):
        grid = [[0] * width for _ in range(height)]
        point = Vec((self.minx + self.maxx) / 2, (self.miny + self.maxy) / 2)
        for _ in range(iterations):
            index = self.pick(rng.random())
            point = self.clip(self.transform(point, index))
            px = int((point.x - self.minx) / self.width * (width - 1))
            py = int((point.y - self.miny) / self.height * (height - 1))
            grid[height - 1 - py][px] += 1
        return grid


def run_once():
    rng = random.Random(SEED)
    game = ChaosGame([Spline(c) for c in CURVES], THICKNESS)
    grid = game.run(WIDTH, HEIGHT, ITERATIONS, rng)
    lit = 0
    checksum = 0
    for y, row in enumerate(grid):
        for x, hits in enumerate(row):
            if hits:
                lit += 1
                checksum = (checksum * 31 + (y * WIDTH + x) * hits) % 1000000007
    return (lit, checksum)


EXPECTED = (630, 495020297)


def check(result):
    harness.expect(result, EXPECTED, "(lit pixels, image checksum)")


if __name__ == "__main__":
    harness.main("chaos", run_once, check=check)
