"""Number theory with big integers: modular inverse, Miller-Rabin, RSA toy."""
import math
import random


def miller_rabin(n, rounds=12, rng=None):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    rng = rng or random.Random(1)
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
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


def next_prime(n, rng):
    if n % 2 == 0:
        n += 1
    while not miller_rabin(n, rng=rng):
        n += 2
    return n


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


rng = random.Random(2024)
print("primes near powers of ten:")
for k in [3, 10, 20, 30, 50]:
    p = next_prime(10 ** k, rng)
    print(f"  10^{k} -> +{p - 10 ** k}")
carmichael = [561, 1105, 1729, 2465, 2821, 6601, 8911]
print("carmichael:", [miller_rabin(c, rng=rng) for c in carmichael])
print("mersenne:", [p for p in range(2, 130) if miller_rabin(2 ** p - 1, rng=rng)])

print("modular inverses:")
for a, m in [(3, 11), (10, 17), (7, 40), (12345678901234567890, 10 ** 9 + 7), (-3, 7)]:
    inv = pow(a, -1, m)
    g, x, _ = egcd(a % m, m)
    print(f"  {a}^-1 mod {m} = {inv}, egcd gives {x % m}, check {(a * inv) % m}")
try:
    pow(6, -1, 9)
except ValueError as e:
    print("  ValueError:", e)
print("  pow(2, -3, 7) =", pow(2, -3, 7), " pow(3, 0, 1) =", pow(3, 0, 1), " pow(-2, 3, 5) =", pow(-2, 3, 5), " pow(2, 10, -7) =", pow(2, 10, -7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("  ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("  TypeError:", e)
print("  pow(2, -2) =", pow(2, -2), " (-8) ** (1/3) =", (-8) ** (1 / 3))

print("RSA toy:")
p = next_prime(2 ** 127 + 12345, rng)
q = next_prime(2 ** 128 + 999, rng)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
assert math.gcd(e, phi) == 1
d = pow(e, -1, phi)
print("  n bits:", n.bit_length(), "d*e mod phi:", d * e % phi)
msg = "Ember numbers!"
m = int.from_bytes(msg.encode(), "big")
c = pow(m, e, n)
m2 = pow(c, d, n)
print("  recovered:", m2.to_bytes((m2.bit_length() + 7) // 8, "big").decode())
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
m1, mm2 = pow(c, dp, p), pow(c, dq, q)
h = (qinv * (m1 - mm2)) % p
print("  CRT agrees:", mm2 + h * q == m)
sig = pow(12345, d, n)
print("  signature verifies:", pow(sig, e, n) == 12345)

print("isqrt / comb / perm / factorial:")
for v in [0, 1, 15, 16, 17, 10 ** 40, 2 ** 255 - 19]:
    r = math.isqrt(v)
    print(f"  isqrt({v}) = {r} exact={r * r == v}")
try:
    math.isqrt(-1)
except ValueError as e:
    print("  ValueError:", e)
print("  comb:", math.comb(52, 5), math.comb(100, 50), math.comb(5, 7), math.perm(10, 3), math.perm(6))
f100 = math.factorial(100)
print("  100! digit sum:", sum(map(int, str(f100))), "digits:", len(str(f100)), "trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
try:
    math.factorial(-5)
except ValueError as e:
    print("  ValueError:", e)
try:
    math.factorial(5.0)
except TypeError as e:
    print("  TypeError:", e)
print("  gcd/lcm:", math.gcd(0, 0), math.gcd(12, -18, 30), math.lcm(4, 6, 10), math.lcm(), math.gcd())

print("big arithmetic:")
a = 3 ** 200
b = 7 ** 90
print(" ", a // b, a % b, divmod(-a, b)[1] == (-a) % b, (-a) // b)
print(" ", len(str(2 ** 10000)), str(2 ** 1000)[:30], hex(3 ** 100))
print(" ", a.bit_length(), (a * b).bit_length(), int(str(a)[::-1]) % 1000003)
print(" ", a / b, b / a, float(a) if a < 10 ** 300 else "big", 10 ** 400 // 10 ** 399)
try:
    float(10 ** 400)
except OverflowError as e:
    print("  OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("  OverflowError:", e)
print(" ", (10 ** 400) / (10 ** 399), 10 ** 400 // 3 % 1000, round(10 ** 20 / 7, 3))
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print("  fib(299) =", fib[-1], "gcd(f300,f200)=", math.gcd(fib[299], fib[199]) == fib[math.gcd(299, 199)])
print("  collatz longest under 3000:", max(range(1, 3000), key=lambda s: (lambda n: sum(1 for _ in iter(lambda: None, 0)) if False else 0)(s)) if False else "",
      end="")
best = (0, 0)
for start in range(1, 3000):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    best = max(best, (steps, start))
print(best)
