"""Computing constants to many digits: integer Machin, Decimal Gauss-Legendre, spigot."""
import math
from decimal import Decimal, localcontext, ROUND_DOWN
from fractions import Fraction


def arctan_inv(x, unity):
    """arctan(1/x) scaled by unity, using integer arithmetic."""
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def machin_pi(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10


def gauss_legendre(digits):
    with localcontext() as ctx:
        ctx.prec = digits + 10
        a = Decimal(1)
        b = 1 / Decimal(2).sqrt()
        t = Decimal(1) / 4
        p = Decimal(1)
        iterations = 0
        while True:
            an = (a + b) / 2
            b = (a * b).sqrt()
            t -= p * (a - an) ** 2
            a = an
            p *= 2
            iterations += 1
            if abs(a - b) < Decimal(10) ** -(digits + 5):
                break
        pi = (a + b) ** 2 / (4 * t)
        ctx.rounding = ROUND_DOWN
        return +pi.quantize(Decimal(10) ** -digits), iterations


def spigot_pi(n):
    """Rabinowitz-Wagon spigot producing decimal digits one at a time."""
    length = 10 * n // 3 + 1
    arr = [2] * length
    out = []
    nines = 0
    predigit = 0
    for j in range(n):
        q = 0
        for i in range(length - 1, -1, -1):
            x = 10 * arr[i] + q * (i + 1)
            arr[i] = x % (2 * i + 1)
            q = x // (2 * i + 1)
        arr[0] = q % 10
        q //= 10
        if q == 9:
            nines += 1
        elif q == 10:
            out.append(predigit + 1)
            out.extend([0] * nines)
            predigit, nines = 0, 0
        else:
            if j:
                out.append(predigit)
            predigit = q
            if nines:
                out.extend([9] * nines)
                nines = 0
    out.append(predigit)
    return "".join(map(str, out))


def e_fraction(terms):
    total = Fraction(0)
    fact = 1
    for k in range(terms):
        if k:
            fact *= k
        total += Fraction(1, fact)
    return total


def sqrt2_newton_int(digits):
    n = 2 * 10 ** (2 * digits)
    x = 10 ** digits
    while True:
        y = (x + n // x) // 2
        if abs(y - x) <= 1:
            return min(x, y)
        x = y


DIGITS = 300
m = str(machin_pi(DIGITS))
print("machin:", m[0] + "." + m[1:61])
gl, its = gauss_legendre(DIGITS)
print("gauss-legendre iterations:", its)
print("decimal:", str(gl)[:62])
sp = spigot_pi(120)
print("spigot:", sp[0] + "." + sp[1:61])
print("agree machin/decimal:", m[:DIGITS - 5] == str(gl).replace(".", "")[:DIGITS - 5])
print("agree machin/spigot:", m[:115] == sp[:115])
print("math.pi repr vs digits:", repr(math.pi), m[:17])
counts = {d: m[1:].count(d) for d in "0123456789"}
print("digit counts in first", DIGITS, "decimals:", counts)
pos = m.find("999999")
print("Feynman point index:", pos, m[pos - 3:pos + 9] if pos > 0 else "-")
for block in range(0, 100, 20):
    print(f"  {block + 1:3d}: {' '.join(m[1 + block + i:1 + block + i + 5] for i in range(0, 20, 5))}")

e = e_fraction(60)
scaled = e.numerator * 10 ** 80 // e.denominator
print("e:", str(scaled)[0] + "." + str(scaled)[1:61])
with localcontext() as ctx:
    ctx.prec = 80
    de = Decimal(1).exp()
print("decimal exp(1):", str(de)[:62])
print("e agree:", str(scaled)[:75] == str(de).replace(".", "")[:75])
print("e denominators digits:", len(str(e.denominator)), "limit_denominator(1000):", e.limit_denominator(1000))

r2 = str(sqrt2_newton_int(100))
print("sqrt2:", r2[0] + "." + r2[1:61])
with localcontext() as ctx:
    ctx.prec = 105
    d2 = Decimal(2).sqrt()
print("sqrt2 agree:", str(d2).replace(".", "")[:100] == r2[:100], math.isqrt(2 * 10 ** 200) == int(r2))
with localcontext() as ctx:
    ctx.prec = 60
    phi = (1 + Decimal(5).sqrt()) / 2
    print("phi:", phi, "| phi^2 - phi - 1 =", phi * phi - phi - 1)
    print("ln 2:", Decimal(2).ln())
    print("log10(pi):", Decimal(m[0] + "." + m[1:70]).log10())
