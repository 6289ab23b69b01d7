import math
PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
BODIES = {
    'sun': ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS),
    'jupiter': ([4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
                [1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR, -6.90460016972063023e-05 * DAYS_PER_YEAR],
                9.54791938424326609e-04 * SOLAR_MASS),
    'saturn': ([8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
               [-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR, 2.30417297573763929e-05 * DAYS_PER_YEAR],
               2.85885980666130812e-04 * SOLAR_MASS),
    'uranus': ([1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
               [2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR, -2.96589568540237556e-05 * DAYS_PER_YEAR],
               4.36624404335156298e-05 * SOLAR_MASS),
    'neptune': ([1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
                [2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR, -9.51592254519715870e-05 * DAYS_PER_YEAR],
                5.15138902046611451e-05 * SOLAR_MASS)}
SYSTEM = list(BODIES.values())
PAIRS = [(SYSTEM[i], SYSTEM[j]) for i in range(len(SYSTEM) - 1) for j in range(i + 1, len(SYSTEM))]

def advance(dt, n):
    for _ in range(n):
        for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in PAIRS:
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m; v1[1] -= dy * b2m; v1[2] -= dz * b2m
            v2[0] += dx * b1m; v2[1] += dy * b1m; v2[2] += dz * b1m
        for (r, [vx, vy, vz], m) in SYSTEM:
            r[0] += dt * vx; r[1] += dt * vy; r[2] += dt * vz

def energy():
    e = 0.0
    for (((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2)) in PAIRS:
        dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for (r, [vx, vy, vz], m) in SYSTEM:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.
    return e

def offset_momentum(ref):
    px = py = pz = 0.0
    for (r, [vx, vy, vz], m) in SYSTEM:
        px -= vx * m; py -= vy * m; pz -= vz * m
    (r, v, m) = ref
    v[0] = px / m; v[1] = py / m; v[2] = pz / m

offset_momentum(BODIES['sun'])
print("%.9f" % energy())
for step in range(5):
    advance(0.01, 200)
    print("%.9f" % energy(), repr(round(BODIES['jupiter'][0][0], 6)))
for name, (r, v, m) in BODIES.items():
    print(f"{name:8s} {r[0]:+.6e} {r[1]:+.6e} {r[2]:+.6e} |v|={math.sqrt(sum(c * c for c in v)):.6f} m={m:.4g}")

def spectral_norm(n):
    def A(i, j): return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
    def Av(x): return [sum(A(i, j) * x[j] for j in range(n)) for i in range(n)]
    def Atv(x): return [sum(A(j, i) * x[j] for j in range(n)) for i in range(n)]
    u = [1.0] * n
    for _ in range(10):
        v = Atv(Av(u)); u = Atv(Av(v))
    vBv = sum(a * b for a, b in zip(u, v)); vv = sum(b * b for b in v)
    return math.sqrt(vBv / vv)
print("%.9f" % spectral_norm(40))

def mandel(w, h, maxit=50):
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            c = complex(-2.0 + 2.6 * x / w, -1.2 + 2.4 * y / h)
            z = 0j
            for i in range(maxit):
                z = z * z + c
                if abs(z) > 2:
                    break
            row.append(' .:-=+*#%@'[i % 10] if i < maxit - 1 else '@')
        rows.append(''.join(row))
    return rows
for r in mandel(60, 20):
    print(r)
