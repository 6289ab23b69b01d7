"""Particle physics step simulation: gravity, drag, bounces, collisions, springs."""
import math
import random
import sys
from dataclasses import dataclass, field


@dataclass
class Vec:
    x: float = 0.0
    y: float = 0.0

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def norm(self):
        n = abs(self)
        return self / n if n else Vec()

    def __format__(self, spec):
        spec = spec or ".3f"
        return f"({self.x:{spec}}, {self.y:{spec}})"

    def __iter__(self):
        yield self.x
        yield self.y


@dataclass
class Particle:
    pos: Vec
    vel: Vec
    mass: float = 1.0
    radius: float = 0.5
    bounces: int = field(default=0, repr=False)

    @property
    def kinetic(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)

    def potential(self, g):
        return self.mass * g * self.pos.y


class World:
    def __init__(self, width, height, g=9.81, drag=0.0, restitution=0.9):
        self.width, self.height = width, height
        self.g, self.drag, self.e = g, drag, restitution
        self.particles = []
        self.t = 0.0
        self.collisions = 0

    def add(self, p):
        self.particles.append(p)
        return p

    def energy(self):
        return sum(p.kinetic + p.potential(self.g) for p in self.particles)

    def momentum(self):
        px = math.fsum(p.mass * p.vel.x for p in self.particles)
        py = math.fsum(p.mass * p.vel.y for p in self.particles)
        return Vec(px, py)

    def step(self, dt):
        for p in self.particles:
            acc = Vec(0.0, -self.g) - p.vel * (self.drag / p.mass)
            p.vel = p.vel + acc * dt          # semi-implicit Euler
            p.pos = p.pos + p.vel * dt
            for axis, limit in (("x", self.width), ("y", self.height)):
                v = getattr(p.pos, axis)
                if v < p.radius:
                    setattr(p.pos, axis, p.radius)
                    setattr(p.vel, axis, -getattr(p.vel, axis) * self.e)
                    p.bounces += 1
                elif v > limit - p.radius:
                    setattr(p.pos, axis, limit - p.radius)
                    setattr(p.vel, axis, -getattr(p.vel, axis) * self.e)
                    p.bounces += 1
        self.resolve_collisions()
        self.t += dt

    def resolve_collisions(self):
        ps = self.particles
        for i in range(len(ps)):
            for j in range(i + 1, len(ps)):
                a, b = ps[i], ps[j]
                d = b.pos - a.pos
                dist = abs(d)
                overlap = a.radius + b.radius - dist
                if overlap <= 0 or dist == 0:
                    continue
                n = d / dist
                rel = (a.vel - b.vel).dot(n)
                if rel <= 0:
                    continue
                self.collisions += 1
                impulse = (1 + self.e) * rel / (1 / a.mass + 1 / b.mass)
                a.vel = a.vel - n * (impulse / a.mass)
                b.vel = b.vel + n * (impulse / b.mass)
                corr = n * (overlap / 2)
                a.pos, b.pos = a.pos - corr, b.pos + corr


# 1. Projectile without drag vs analytic
w = World(1000, 1000, restitution=1.0)
p = w.add(Particle(Vec(1.0, 1.0), Vec(20.0, 30.0)))
dt = 0.001
while p.vel.y > 0:
    w.step(dt)
t_apex = 30.0 / 9.81
print(f"apex at t={w.t:.3f} (analytic {t_apex:.3f}), height {p.pos.y:.3f} "
      f"(analytic {1 + 30.0 ** 2 / (2 * 9.81):.3f}), pos {p.pos:.2f}")

# 2. Bouncing ball energy loss
w = World(10, 10, restitution=0.8)
ball = w.add(Particle(Vec(5.0, 9.0), Vec(0.0, 0.0)))
e0 = w.energy()
peaks, prev_vy = [], 0.0
for step in range(4000):
    w.step(0.002)
    if prev_vy > 0 >= ball.vel.y:
        peaks.append(round(ball.pos.y, 3))
    prev_vy = ball.vel.y
print(f"bounces={ball.bounces} peaks={peaks[:6]}")
ratios = [round((b - 0.5) / (a - 0.5), 3) for a, b in zip(peaks, peaks[1:4])]
print(f"peak ratios ~ e^2={0.8 ** 2:.2f}: {ratios}; energy {e0:.2f} -> {w.energy():.2f}")

# 3. Gas in a box: momentum conservation with elastic collisions and no gravity
rng = random.Random(8)
gas = World(20, 20, g=0.0, restitution=1.0)
for _ in range(25):
    gas.add(Particle(Vec(rng.uniform(1, 19), rng.uniform(1, 19)),
                     Vec(rng.gauss(0, 3), rng.gauss(0, 3)), mass=rng.choice([1.0, 2.0])))
ke0 = sum(q.kinetic for q in gas.particles)
for _ in range(500):
    gas.step(0.01)
ke1 = sum(q.kinetic for q in gas.particles)
speeds = sorted(abs(q.vel) for q in gas.particles)
print(f"gas: collisions={gas.collisions}, KE {ke0:.4f} -> {ke1:.4f} (rel change {abs(ke1 - ke0) / ke0:.2e})")
print(f"speeds min/median/max: {speeds[0]:.3f}/{speeds[len(speeds) // 2]:.3f}/{speeds[-1]:.3f}")
hist = [0] * 6
for s in speeds:
    hist[min(5, int(s // 1.5))] += 1
for i, c in enumerate(hist):
    print(f"  {i * 1.5:4.1f}-{(i + 1) * 1.5:<4.1f} {'o' * c}")

# 4. Drag: terminal velocity
w = World(1e6, 1e6, drag=0.5)
f = w.add(Particle(Vec(0.0, 1e5), Vec(0.0, 0.0), mass=2.0))
for _ in range(3000):
    w.step(0.01)
print(f"terminal vy={f.vel.y:.4f}, expected {-2.0 * 9.81 / 0.5:.4f}")

# 5. Spring-mass oscillator with Verlet, period estimate
k, m, x, v, t = 4.0, 1.0, 1.0, 0.0, 0.0
h = 0.001
crossings = []
a = -k / m * x
while len(crossings) < 5:
    x_new = x + v * h + 0.5 * a * h * h
    a_new = -k / m * x_new
    v += 0.5 * (a + a_new) * h
    if x > 0 >= x_new:
        crossings.append(t + h * x / (x - x_new))
    x, a, t = x_new, a_new, t + h
periods = [round(b - a2, 4) for a2, b in zip(crossings, crossings[1:])]
print(f"spring periods {periods}, analytic {2 * math.pi * math.sqrt(m / k):.4f}")
print(repr(Particle(Vec(1, 2), Vec(0.5, -0.25))), f"{Vec(1 / 3, 2 / 3)}", tuple(Vec(3, 4)), abs(Vec(3, 4)))
print(f"{math.inf:>8} {-0.0:+.1f} {1e-7:g} {123456789.0:e} {float('nan')!r} {2.5:.0f} {3.5:.0f}")
sys.exit(0)
