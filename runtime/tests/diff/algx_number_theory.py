import math
import random
from fractions import Fraction
from functools import reduce
from collections import Counter


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


def is_probable_prime(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
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


def pollard_rho(n, rng):
    if n % 2 == 0:
        return 2
    while True:
        x = y = rng.randrange(2, n)
        c = rng.randrange(1, n)
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = math.gcd(abs(x - y), n)
        if d != n:
            return d


def factorize(n, rng):
    if n == 1:
        return Counter()
    if is_probable_prime(n):
        return Counter({n: 1})
    for p in (2, 3, 5, 7, 11, 13):
        if n % p == 0:
            return Counter({p: 1}) + factorize(n // p, rng)
    d = pollard_rho(n, rng)
    return factorize(d, rng) + factorize(n // d, rng)


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def crt(residues, moduli):
    x, m = 0, 1
    for r, mod in zip(residues, moduli):
        g, p, _ = egcd(m, mod)
        if (r - x) % g:
            return None
        lcm = m // g * mod
        x = (x + (r - x) // g * p % (mod // g) * m) % lcm
        m = lcm
    return x, m


def totient(n, rng):
    result = n
    for p in factorize(n, rng):
        result -= result // p
    return result


def format_factors(c):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(c.items()))


primes = sieve(200)
print("primes <= 200:", len(primes), primes[:10], primes[-5:])
big_primes = sieve(1_000_000)
print("pi(10^6):", len(big_primes), "last:", big_primes[-1], "sum mod 1e9+7:", sum(big_primes) % (10**9 + 7))
gaps = Counter(b - a for a, b in zip(big_primes, big_primes[1:]))
print("common gaps:", gaps.most_common(5), "max gap:", max(gaps))
twins = sum(1 for a, b in zip(big_primes, big_primes[1:]) if b - a == 2)
print("twin primes below 10^6:", twins)
print("mr agrees with sieve:", all(is_probable_prime(n) == (n in set(primes)) for n in range(201)))
mersenne = [p for p in primes[:25] if is_probable_prime(2**p - 1)]
print("mersenne exponents:", mersenne)
print("big primes:", [is_probable_prime(n) for n in (2**61 - 1, 2**89 - 1, 2**67 - 1, 10**18 + 9, 561, 1105)])

rng = random.Random(2718)
for n in (360, 9973 * 10007, 600851475143, 2**32 + 1, 10**12 + 39, 1234567890123, 2**4 * 3**7 * 101**2):
    f = factorize(n, rng)
    assert math.prod(p**e for p, e in f.items()) == n
    print(f"{n} = {format_factors(f)}")

print("egcd:", egcd(240, 46), egcd(17, 5), egcd(0, 7))
print("crt:", crt([2, 3, 2], [3, 5, 7]), crt([1, 2], [4, 6]), crt([3, 5], [4, 6]))
print("modinv:", [pow(a, -1, 97) for a in (2, 3, 50, 96)], pow(3, -2, 7))
print("totients:", [totient(n, rng) for n in range(1, 21)], totient(10**6, rng))
print("carmichael check:", [n for n in range(2, 3000) if not is_probable_prime(n) and all(pow(a, n - 1, n) == 1 for a in range(2, 20) if math.gcd(a, n) == 1)])


def continued_sqrt(n):
    a0 = math.isqrt(n)
    if a0 * a0 == n:
        return [a0], None
    m, d, a = 0, 1, a0
    period = []
    while a != 2 * a0:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
    return [a0], period


def pell(n):
    a0, period = continued_sqrt(n)
    if period is None:
        return None
    terms = a0 + period * 2
    for k in range(1, len(terms) + 1):
        fr = Fraction(terms[k - 1])
        for t in reversed(terms[:k - 1]):
            fr = t + 1 / fr
        x, y = fr.numerator, fr.denominator
        if x * x - n * y * y == 1:
            return x, y
    return None


for n in (2, 3, 7, 13, 61, 109):
    print(f"sqrt({n}) cf: {continued_sqrt(n)}  pell: {pell(n)}")

perfect = [n for n in range(2, 10000) if sum(d + n // d for d in range(2, math.isqrt(n) + 1) if n % d == 0) + 1 - (math.isqrt(n) if math.isqrt(n) ** 2 == n else 0) == n]
print("perfect numbers:", perfect)
digits_pi = str(4 * sum(Fraction((-1) ** k, 2 * k + 1) for k in range(200)))[:40]
print("leibniz fraction prefix:", digits_pi, float(4 * sum(Fraction((-1) ** k, 2 * k + 1) for k in range(200))))
print("lcm 1..30:", reduce(math.lcm, range(1, 31)), math.lcm(*range(1, 31)) == reduce(math.lcm, range(1, 31)))
print("digit sums of 2^1000 and 100!:", sum(map(int, str(2**1000))), sum(map(int, str(math.factorial(100)))))
print("collatz-like modpow:", [pow(7, k, 1000) for k in range(0, 60, 6)], pow(2, 10**18, 10**9 + 7))
