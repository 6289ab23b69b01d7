"""Complex arithmetic, cmath, and a hand-written FFT used for polynomial multiplication."""
import cmath
import math


def fft(a, invert=False):
    n = len(a)
    if n == 1:
        return list(a)
    even = fft(a[0::2], invert)
    odd = fft(a[1::2], invert)
    sign = 1 if invert else -1
    out = [0j] * n
    for k in range(n // 2):
        w = cmath.exp(sign * 2j * cmath.pi * k / n)
        out[k] = even[k] + w * odd[k]
        out[k + n // 2] = even[k] - w * odd[k]
    return out


def ifft(a):
    n = len(a)
    return [x / n for x in fft(a, invert=True)]


def poly_mul(p, q):
    size = 1
    while size < len(p) + len(q):
        size *= 2
    fp = fft([complex(x) for x in p] + [0j] * (size - len(p)))
    fq = fft([complex(x) for x in q] + [0j] * (size - len(q)))
    prod = ifft([a * b for a, b in zip(fp, fq)])
    return [round(c.real) for c in prod[: len(p) + len(q) - 1]]


def fmt(z, digits=4):
    re_ = round(z.real, digits) + 0.0
    im = round(z.imag, digits) + 0.0
    return f"{re_:+.{digits}f}{im:+.{digits}f}j"


print("basics:")
z = 3 + 4j
w = complex(1, -2)
print(" ", z, w, z + w, z - w, z * w, z / w, z ** 2, z ** 0.5, abs(z), z.conjugate(), -w)
print(" ", z.real, z.imag, type(z.real).__name__, complex("1+2j"), complex(" -3.5j "), complex("inf-nanj"), complex(2), complex(1, 2j))
print(" ", 1j ** 2, (1j) ** 1j, 2 ** (1j), 0j ** 0, (1 + 1j) ** 3, (-1) ** 0.5)
print(" ", repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), repr(1e20j), repr(1.5e-7 + 0j), str(complex(1, float("nan"))))
print(" ", f"{z:.2f}", f"{w:>20}", f"{z:e}", f"{complex(1/3, 2/3):.3g}", format(1j, ""), format(z, "+.1f"))
print(" ", z == 3 + 4j, z != w, hash(3 + 0j) == hash(3), (2 + 0j) == 2, 1j * 1j == -1)
for bad in [lambda: z < w, lambda: complex("1+"), lambda: z // 2, lambda: 1 / 0j, lambda: int(z), lambda: round(z)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(f"  {type(e).__name__}: {e}")

print("cmath:")
for v in [1 + 1j, -1, -4, 1j, -1 - 0j, complex(-1, -0.0), 0]:
    r, phi = cmath.polar(v)
    print(f"  {v!s:>8}: phase={cmath.phase(v):+.6f} polar=({r:.4f}, {phi:+.4f}) sqrt={fmt(cmath.sqrt(v))} rect={fmt(cmath.rect(r, phi))}")
print("  exp/log:", fmt(cmath.exp(1j * math.pi)), fmt(cmath.log(-1)), fmt(cmath.log(8, 2)), fmt(cmath.log10(-100)))
print("  trig:", fmt(cmath.sin(1 + 1j)), fmt(cmath.cos(1j)), fmt(cmath.tan(0.5 - 0.5j)), fmt(cmath.asin(2)), fmt(cmath.acos(2)), fmt(cmath.atan(2j / 3)))
print("  hyper:", fmt(cmath.sinh(1j)), fmt(cmath.cosh(1 + 1j)), fmt(cmath.tanh(2)), fmt(cmath.asinh(1j)), fmt(cmath.acosh(0.5)), fmt(cmath.atanh(2)))
print("  consts:", cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print("  checks:", cmath.isclose(cmath.exp(2j), complex(math.cos(2), math.sin(2))), cmath.isfinite(1 + 1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)))
print("  sqrt(-0):", cmath.sqrt(complex(-0.0, -0.0)), cmath.sqrt(-1), math.sqrt(4))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(f"  {type(e).__name__}: {e}")

print("quadratic roots:")
for a, b, c in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 0, -2)]:
    disc = cmath.sqrt(b * b - 4 * a * c)
    r1, r2 = (-b + disc) / (2 * a), (-b - disc) / (2 * a)
    print(f"  {a}x^2{b:+}x{c:+}: {fmt(r1, 3)}, {fmt(r2, 3)}")

print("roots of unity (n=6):")
for k in range(6):
    print("  ", fmt(cmath.rect(1, 2 * math.pi * k / 6), 5))

print("FFT:")
signal = [math.sin(2 * math.pi * 2 * t / 16) + 0.5 * math.cos(2 * math.pi * 5 * t / 16) for t in range(16)]
spec = fft([complex(s) for s in signal])
mags = [round(abs(c), 6) for c in spec]
print("  magnitudes:", mags)
print("  peaks at bins:", [i for i, m in enumerate(mags) if m > 1])
back = ifft(spec)
print("  round trip max error < 1e-12:", max(abs(b.real - s) for b, s in zip(back, signal)) < 1e-12)
print("  dc of [1..8]:", fmt(fft([complex(x) for x in range(1, 9)])[0]))
print("  DFT of impulse:", [fmt(c, 1) for c in fft([1, 0, 0, 0])])

print("polynomial multiplication via FFT:")
p = [1, 2, 3]
q = [4, 0, -1, 5]
print("  ", poly_mul(p, q))
naive = [0] * (len(p) + len(q) - 1)
for i, a in enumerate(p):
    for j, b in enumerate(q):
        naive[i + j] += a * b
print("  naive:", naive)
digits_a = [int(d) for d in reversed("31415926535")]
digits_b = [int(d) for d in reversed("27182818284")]
coeffs = poly_mul(digits_a, digits_b)
val = sum(c * 10 ** i for i, c in enumerate(coeffs))
print("  big multiply:", val, val == 31415926535 * 27182818284)

print("mandelbrot:")
for y in range(-6, 7, 2):
    row = ""
    for x in range(-20, 8):
        c = complex(x / 10, y / 6)
        zz = 0j
        for i in range(30):
            zz = zz * zz + c
            if abs(zz) > 2:
                break
        row += " .:-=+*#%@"[min(i // 3, 9)]
    print("  " + row)
