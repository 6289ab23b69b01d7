import math
from functools import reduce


def fib_pair(n, mod=None):
    # fast doubling
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n >> 1, mod)
    c = a * ((b << 1) - a)
    d = a * a + b * b
    if mod:
        c %= mod
        d %= mod
    if n & 1:
        return (d, (c + d) % mod if mod else c + d)
    return (c, d)


for n in (10, 90, 300, 1000):
    f = fib_pair(n)[0]
    print(n, f.bit_length(), str(f)[:20], len(str(f)))
print("fib(10**18) mod 1e9+7:", fib_pair(10**18, 10**9 + 7)[0])

f500 = math.factorial(500)
s = str(f500)
print("500! digits", len(s), "trailing zeros", len(s) - len(s.rstrip('0')))
print("digit sum", sum(map(int, s)))
print("500! mod 2**61-1", f500 % (2**61 - 1))
print("bit_length", f500.bit_length(), "popcount", bin(f500).count('1'))

# pow with three args and modular inverse
p = 10**9 + 7
for a in (2, 3, 12345678901234567890):
    inv = pow(a, -1, p)
    print(a, "inv", inv, (a * inv) % p, pow(a, p - 1, p))
print(pow(7, 10**20, 13), pow(-3, 5, 7), pow(3, 0, 1))
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)

# to_bytes / from_bytes
for v in (0, 1, 255, 256, 65535, 2**64 - 1, 2**100 + 12345):
    nb = max(1, (v.bit_length() + 7) // 8)
    be = v.to_bytes(nb, 'big')
    le = v.to_bytes(nb, 'little')
    print(v, be.hex(), le.hex(), int.from_bytes(be, 'big') == v, int.from_bytes(le, byteorder='little') == v)
for v in (-1, -128, -129, 127, -2**63):
    b = v.to_bytes(9, 'big', signed=True)
    print(v, b.hex(), int.from_bytes(b, 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(2, 'little')
except OverflowError as e:
    print("OverflowError:", e)
print(int.from_bytes(b'\xff\xfe', 'little', signed=True), int.from_bytes([1, 2, 3], 'big'))

# base conversions
for text, base in (("ff", 16), ("-0b1011", 0), ("0o777", 0), ("zz", 36), ("1_000_000", 10), ("  42\n", 10), ("0x_ab", 0)):
    print(repr(text), base, int(text, base))
for bad, base in (("12", 2), ("0x", 16), ("", 10), ("1__0", 10), ("08", 0)):
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))


for n in (0, 35, -36, 2**70, 10**25 + 7):
    for b in (2, 7, 36):
        t = to_base(n, b)
        assert int(t, b) == n
    print(n, to_base(n, 36), format(n, 'x'), format(n, '#o'), format(n, '_b')[-20:])

big = 7 ** 2000
sb = str(big)
print(len(sb), sb[:15], sb[-15:], int(sb) == big)
print(f"{2**64:,}", f"{-10**12:_}", f"{255:#010x}", f"{3**40:e}", f"{12345678901234567890:.3e}")

# gcd / lcm / isqrt / comb
nums = [2**10 * 3**5 * 7, 2**4 * 3**9 * 11, 2**7 * 3**3 * 13]
print(math.gcd(*nums), math.lcm(*nums), reduce(math.gcd, nums), math.gcd(), math.lcm())
print(math.isqrt(10**40 + 1), math.isqrt(2**127 - 1), math.comb(100, 50), math.perm(20, 5), math.perm(6))
print(math.comb(10, 11), math.comb(1000, 3) % 1000003, math.prod(range(1, 26)) == math.factorial(25))
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, divmod(10**30 + 3, -10**15))
print((-(2**100)) >> 3, (2**100) >> 99, 1 << 100, ~(2**65), (2**65) & -(2**65), (2**65 - 1) ^ (2**64))
print(int.bit_count(2**100 - 1), (-5).bit_length(), (0).bit_length(), abs(-2**90), hash(2**61 - 1), hash(-(2**61)))
print((12).as_integer_ratio(), (True).as_integer_ratio(), int(True), round(12345, -2), round(-2**70, -20))


def collatz_len(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c


best = max(range(1, 3000), key=collatz_len)
print("collatz best", best, collatz_len(best), collatz_len(2**100 + 1))
