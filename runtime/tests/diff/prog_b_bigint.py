"""Big-integer number theory: factorials, modular arithmetic, byte encodings, digit limits."""
import math
import sys


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def crt(residues, moduli):
    total, prod = 0, math.prod(moduli)
    for r, m in zip(residues, moduli):
        p = prod // m
        total += r * modinv(p, m) * p
    return total % prod


def digits_sum(n):
    return sum(map(int, str(n)))


f50 = math.factorial(50)
print("50! =", f50)
print("digits", len(str(f50)), "digit sum", digits_sum(f50), "trailing zeros", len(str(f50)) - len(str(f50).rstrip("0")))
print("bit_length", f50.bit_length(), "bit_count", f50.bit_count(), "hex", hex(f50)[:20] + "...")
print("2**127-1 prime?", is_probable_prime(2**127 - 1), " 2**128+1 prime?", is_probable_prime(2**128 + 1))
print("mersenne exponents", [p for p in range(2, 130) if is_probable_prime(2**p - 1)])
print("modinv", modinv(17, 3120), pow(17, -1, 3120), modinv(3, 10**30 + 1))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
print("crt", crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))

# RSA with small-ish primes
p, q, e = 1000000007, 998244353, 65537
n, phi = p * q, (p - 1) * (q - 1)
d = pow(e, -1, phi)
msg = int.from_bytes(b"hi ember", "big")
c = pow(msg, e, n)
print("rsa n", n, "d", d, "cipher", c)
plain = pow(c, d, n)
print("decrypted", plain.to_bytes((plain.bit_length() + 7) // 8, "big"))

for value in (0, 1, 255, 256, -1, -128, -129, 2**63, -(2**63), 10**20):
    length = max(1, (value.bit_length() + 8) // 8)
    be = value.to_bytes(length, "big", signed=True)
    le = value.to_bytes(length, "little", signed=True)
    back = int.from_bytes(be, "big", signed=True)
    print(f"{value:>22} {be.hex():>20} {le.hex(' '):>30} {back == value} {int.from_bytes(le, 'little')}")
for bad in [(256, 1, False), (-1, 4, False), (128, 1, True), (-129, 1, True)]:
    try:
        bad[0].to_bytes(bad[1], "big", signed=bad[2])
    except OverflowError as e:
        print("OverflowError:", e)

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (10**20 + 3, 7), (-(10**20), 7), (5, 10**25)]
for a, b in pairs:
    q_, r_ = divmod(a, b)
    print(f"divmod({a}, {b}) = {(q_, r_)} check={q_ * b + r_ == a} trunc={int(a / b) if abs(a) < 2**53 else 'n/a'} fmod={math.fmod(a, b)}")
print([(-x) >> 1 for x in range(5)], [x << 65 >> 64 for x in (1, -1, 3)], -(2**70) >> 3, ~(2**65))
print(2**100 & (2**100 - 1), (2**100 | 1) ^ 2**100, -(2**65) & 0xFF, -5 & 2**70 - 1 == 2**70 - 5)
print(math.comb(100, 50), math.perm(20), math.isqrt(2 * 10**40), math.gcd(2**64, 6**40), math.lcm(*range(1, 25)))
print(round(12345678901234567890, -5), round(-15, -1), round(25, -1), round(35, -1), round(10**30 + 5, -1) - 10**30)
print(float(2**53 + 1), int(float(2**60)), 10**30 / 10**10, 2**1000 // 3**600, (3**600).bit_length())
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
print(f"{2**64:,} {2**64:_x} {-2**40:+020,} {10**12:e} {2**70:>30} {7:08b}")

info = sys.int_info
print("int_info", info.default_max_str_digits, info.str_digits_check_threshold, sys.get_int_max_str_digits())
big = 10**5000
for label, fn in [("str", lambda: str(big)), ("repr", lambda: repr(big)), ("format", lambda: f"{big:d}"),
                  ("percent", lambda: "%d" % big), ("commas", lambda: f"{-big:,}"), ("hex", lambda: len(hex(big))),
                  ("parse", lambda: int("9" * 4400)), ("parse ok", lambda: int("9" * 4300) % 1000),
                  ("negative edge", lambda: len(str(-(10**4299))))]:
    try:
        print(label, "->", fn())
    except ValueError as e:
        print(label, "-> ValueError:", e)
sys.set_int_max_str_digits(6000)
print("raised limit", len(str(big)), len(str(math.factorial(2000))), digits_sum(math.factorial(1000)))
sys.set_int_max_str_digits(maxdigits=0)
print("no limit", len(str(10**20000)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(info.default_max_str_digits)
try:
    str(math.factorial(2000))
except ValueError as e:
    print("restored:", str(e)[:40])
