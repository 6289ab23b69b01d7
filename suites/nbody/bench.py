"""N-body: the Jovian planets orbiting the Sun, symplectic Euler steps.

Works on plain lists of floats, like the classic Computer Language
Benchmarks Game program.  Checks the well-known starting energy and the
energy after the run.
"""

import harness

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
STEPS = 20000
DT = 0.01

# name: position (AU), velocity (AU/day), mass (solar masses)
PLANETS = [
    ("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
    ("jupiter",
     (4.84143144246472090e+00, -1.16032004402742839e+00,
      -1.03622044471123109e-01),
     (1.66007664274403694e-03, 7.69901118419740425e-03,
      -6.90460016972063023e-05),
     9.54791938424326609e-04),
    ("saturn",
     (8.34336671824457987e+00, 4.12479856412430479e+00,
      -4.03523417114321381e-01),
     (-2.76742510726862411e-03, 4.99852801234917238e-03,
      2.30417297573763929e-05),
     2.85885980666130812e-04),
    ("uranus",
     (1.28943695621391310e+01, -1.51111514016986312e+01,
      -2.23307578892655734e-01),
     (2.96460137564761618e-03, 2.37847173959480950e-03,
      -2.96589568540237556e-05),
     4.36624404335156298e-05),
    ("neptune",
     (1.53796971148509165e+01, -2.59193146099879641e+01,
      1.79258772950371181e-01),
     (2.68067772490389322e-03, 1.62824170038242295e-03,
      -9.51592254519715870e-05),
     5.15138902046611451e-05),
]

EXPECTED_START = -0.169075164


def make_system():
    bodies = []
    for name, pos, vel, mass in PLANETS:
        bodies.append(([pos[0], pos[1], pos[2]],
                       [vel[0] * DAYS_PER_YEAR, vel[1] * DAYS_PER_YEAR,
                        vel[2] * DAYS_PER_YEAR],
                       mass * SOLAR_MASS))
    return bodies


def body_pairs(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def offset_momentum(bodies):
    px = py = pz = 0.0
    for pos, vel, mass in bodies:
        px -= vel[0] * mass
        py -= vel[1] * mass
        pz -= vel[2] * mass
    pos, vel, mass = bodies[0]
    vel[0] = px / mass
    vel[1] = py / mass
    vel[2] = pz / mass


def energy(bodies, pairs):
    e = 0.0
    for (p1, v1, m1), (p2, v2, m2) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for pos, vel, mass in bodies:
        e += mass * (vel[0] * vel[0] + vel[1] * vel[1] + vel[2] * vel[2]) / 2.0
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            dist2 = dx * dx + dy * dy + dz * dz
            mag = dt * (dist2 ** -1.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for pos, vel, mass in bodies:
            pos[0] += dt * vel[0]
            pos[1] += dt * vel[1]
            pos[2] += dt * vel[2]


def run_once():
    bodies = make_system()
    pairs = body_pairs(bodies)
    offset_momentum(bodies)
    start = energy(bodies, pairs)
    advance(bodies, pairs, DT, STEPS)
    return (start, energy(bodies, pairs))


# After 20000 steps; the same code gives the Benchmarks Game's
# -0.169087605 after 1000 steps.
EXPECTED_END = -0.16908926275527172


def check(result):
    start, end = result
    harness.expect(round(start, 9), EXPECTED_START, "starting energy")
    harness.expect_close(end, EXPECTED_END, 1e-9, "final energy")


if __name__ == "__main__":
    harness.main("nbody", run_once, check=check)
