import math
import random
from fractions import Fraction
from functools import cmp_to_key
from itertools import combinations


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def shoelace(poly):
    s = sum(Fraction(x1) * y2 - Fraction(x2) * y1 for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]))
    return abs(s) / 2


def centroid(poly):
    a = Fraction(0)
    cx = cy = Fraction(0)
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        c = Fraction(x1 * y2 - x2 * y1)
        a += c
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    a /= 2
    return cx / (6 * a), cy / (6 * a)


def closest_pair(points):
    pts = sorted(points)

    def rec(p):
        if len(p) <= 3:
            return min(((math.dist(a, b), (a, b)) for a, b in combinations(p, 2)), default=(math.inf, None))
        mid = len(p) // 2
        mx = p[mid][0]
        best = min(rec(p[:mid]), rec(p[mid:]))
        strip = sorted((q for q in p if abs(q[0] - mx) < best[0]), key=lambda q: q[1])
        for i, a in enumerate(strip):
            for b in strip[i + 1:i + 8]:
                if b[1] - a[1] >= best[0]:
                    break
                d = math.dist(a, b)
                if d < best[0]:
                    best = (d, (a, b))
        return best

    return rec(pts)


def point_in_polygon(pt, poly):
    x, y = pt
    inside = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        if (y1 > y) != (y2 > y):
            xint = x1 + Fraction(y - y1) * (x2 - x1) / (y2 - y1)
            if x < xint:
                inside = not inside
    return inside


def segment_intersection(p1, p2, p3, p4):
    d = (p2[0] - p1[0]) * (p4[1] - p3[1]) - (p2[1] - p1[1]) * (p4[0] - p3[0])
    if d == 0:
        return None
    t = Fraction((p3[0] - p1[0]) * (p4[1] - p3[1]) - (p3[1] - p1[1]) * (p4[0] - p3[0]), d)
    u = Fraction((p3[0] - p1[0]) * (p2[1] - p1[1]) - (p3[1] - p1[1]) * (p2[0] - p1[0]), d)
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1]))
    return None


rng = random.Random(4242)
cloud = [(rng.randint(-20, 20), rng.randint(-20, 20)) for _ in range(60)]
hull = convex_hull(cloud)
print("hull:", hull)
print("hull size:", len(hull), "area:", shoelace(hull), float(shoelace(hull)))
cx, cy = centroid(hull)
print("centroid:", cx, cy, f"({float(cx):.4f}, {float(cy):.4f})")
print("all inside/on hull:", all(cross(hull[i], hull[(i + 1) % len(hull)], p) >= 0 for p in cloud for i in range(len(hull))))
d, pair = closest_pair(cloud)
brute = min(math.dist(a, b) for a, b in combinations(cloud, 2) if a != b) if len(set(cloud)) == len(cloud) else 0.0
print(f"closest pair: {pair} dist={d:.6f} brute={brute:.6f}")
square = [(0, 0), (4, 0), (4, 4), (0, 4)]
star = [(0, 3), (1, 1), (3, 0), (1, -1), (0, -3), (-1, -1), (-3, 0), (-1, 1)]
print("square area:", shoelace(square), "star area:", shoelace(star), "star centroid:", centroid(star))
for pt in [(2, 2), (5, 5), (0.5, 0.5), (-2, 0), (0, 0.5)]:
    print(f"  {pt}: in square={point_in_polygon(pt, square)} in star={point_in_polygon(pt, star)}")
print("intersections:", segment_intersection((0, 0), (4, 4), (0, 4), (4, 0)), segment_intersection((0, 0), (1, 1), (2, 2), (3, 3)),
      segment_intersection((0, 0), (2, 0), (1, -1), (1, 3)), segment_intersection((0, 0), (1, 0), (2, -1), (2, 1)))


def angle_key(origin):
    def cmp(a, b):
        ha = (a[1] - origin[1], a[0] - origin[0]) < (0, 0)
        hb = (b[1] - origin[1], b[0] - origin[0]) < (0, 0)
        if ha != hb:
            return -1 if not ha else 1
        c = cross(origin, a, b)
        return -1 if c > 0 else (1 if c < 0 else 0)
    return cmp_to_key(cmp)


pts = [(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1), (-1, -1), (2, -1), (-2, 1)]
print("angular order:", sorted(pts, key=angle_key((0, 0))))
print("atan2 order  :", sorted(pts, key=lambda p: math.atan2(p[1], p[0]) % math.tau))
tri = [(0, 0), (3, 0), (0, 4)]
a, b, c = (math.dist(tri[i], tri[(i + 1) % 3]) for i in range(3))
s = (a + b + c) / 2
print("triangle sides:", a, b, c, "heron:", math.sqrt(s * (s - a) * (s - b) * (s - c)), "shoelace:", shoelace(tri))
angles = [math.degrees(math.acos((y * y + z * z - x * x) / (2 * y * z))) for x, y, z in ((a, b, c), (b, c, a), (c, a, b))]
print("angles:", [round(t, 10) for t in angles], math.fsum(angles), math.isclose(sum(angles), 180))
circle_pts = [(math.cos(k * math.tau / 12), math.sin(k * math.tau / 12)) for k in range(12)]
print("dodecagon area:", float(shoelace(circle_pts)), "vs pi:", math.pi, "3*r^2:", 3.0)
print("rounded points:", [(round(x, 3) + 0.0, round(y, 3) + 0.0) for x, y in circle_pts[:4]])
print("hypot/dist:", math.hypot(3, 4), math.dist((1, 2, 3), (4, 6, 15)), math.hypot(*[1] * 9))
