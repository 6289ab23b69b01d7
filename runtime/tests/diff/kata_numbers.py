"""Number katas: sieves, factorisation, big factorials, fibonacci, base conversions."""
import math
import sys
from functools import lru_cache, reduce
from operator import mul

LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 200


def sieve(n):
    is_prime = bytearray([1]) * (n + 1)
    is_prime[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, p in enumerate(is_prime) if p]


def segmented_count(lo, hi, base):
    flags = [True] * (hi - lo)
    for p in base:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            flags[m - lo] = False
    return sum(flags)


def factorise(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(f):
    sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    return " × ".join(str(p) if e == 1 else f"{p}{str(e).translate(sup)}" for p, e in sorted(f.items()))


def divisor_sum(n):
    return reduce(mul, ((p ** (e + 1) - 1) // (p - 1) for p, e in factorise(n).items()), 1)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fib_iter():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def digit_sum(n):
    return sum(map(int, str(n)))


def to_base(n, b, digits="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


if __name__ == "__main__":
    primes = sieve(LIMIT)
    print(len(primes), primes[:15], primes[-3:])
    print("twin:", [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2][:8])
    big = sieve(10 ** 5)
    print("pi(10^5) =", len(big), "pi in [10^5, 2*10^5) =", segmented_count(10 ** 5, 2 * 10 ** 5, big))
    gaps = max(zip(big, big[1:]), key=lambda pq: pq[1] - pq[0])
    print("max gap below 1e5:", gaps, gaps[1] - gaps[0])
    for n in [360, 1001, 65536, 999983, 600851475143, 2 ** 31 - 1, 1234567890, 3 ** 20 * 7]:
        print(f"{n:>15,} = {fmt_factors(factorise(n))}")
    perfect = [n for n in range(2, 10000) if divisor_sum(n) - n == n]
    print("perfect:", perfect)
    amicable = sorted({(min(a, b), max(a, b)) for a in range(2, 3000)
                       for b in [divisor_sum(a) - a] if b != a and b > 1 and divisor_sum(b) - b == a})
    print("amicable:", amicable)

    f100 = math.factorial(100)
    print(f"100! has {len(str(f100))} digits, digit sum {digit_sum(f100)}, trailing zeros {len(str(f100)) - len(str(f100).rstrip('0'))}")
    print(str(f100)[:40] + "...")
    print(f"{math.factorial(25):,}")
    print(f"{math.factorial(20):_}")
    print(f"{math.factorial(30):.6e}")
    print(fib(90), fib(300) % 10 ** 12, digit_sum(fib(500)))
    idx = next(i for i, f in enumerate(fib_iter()) if len(str(f)) >= 100)
    print("first fib with 100 digits is index", idx)
    print("2**1000 digit sum:", digit_sum(2 ** 1000), "bit_length", (2 ** 1000).bit_length())
    print(math.gcd(2 ** 64 - 1, 3 ** 40 - 1), math.lcm(*range(1, 21)), math.comb(60, 30), math.perm(10, 4))

    for n in [0, 5, 255, 1000, -42, 2 ** 40 + 7, 48879]:
        print(f"{n:>14} bin={n:b} oct={n:#o} hex={n:#x} HEX={n:X} b36={to_base(n, 36)} "
              f"b7={to_base(n, 7)} pad={n:08b}"[:140])
    for s in ["ff", "0x1F", "0b1011", "z", "777", "-10"]:
        base = 0 if s.lstrip("-")[:2] in ("0x", "0b", "0o") else 16 if s == "ff" else 36 if s == "z" else 8
        print(s, int(s, base))
    print(format(3.14159, "010.3f"), format(-7, "+05d"), format(0.000123, ".2e"), format(1234.5, ",.2f"))
    print(format(0.375, ".1%"), format(12345678, "_x"), format(1e21, "g"), format(1e-7, "g"), format(255, "c") if False else chr(255))
    print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(4, "little").hex(), hex(-255), bin(-5), oct(64))
    print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), math.floor(-3.5), math.ceil(-3.5))
    print(divmod(-17, 5), -17 // 5, -17 % 5, math.fmod(-17, 5), pow(3, 200, 1000007), pow(7, -1, 40))
