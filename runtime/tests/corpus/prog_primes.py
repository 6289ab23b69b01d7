# Prime number utilities: sieves, trial division, Miller-Rabin, factorization, totient.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(10000)
print(len(primes), primes[:25], primes[-5:])
def segmented(lo, hi):
    base = sieve(int(hi ** 0.5) + 1)
    mark = [True] * (hi - lo)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            mark[m - lo] = False
    return [lo + i for i, v in enumerate(mark) if v and lo + i > 1]
print(segmented(10 ** 6, 10 ** 6 + 200))
def is_prime_mr(n):
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
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print(all(is_prime_mr(p) for p in primes), sum(is_prime_mr(n) for n in range(10000)) == len(primes))
for n in [2 ** 61 - 1, 2 ** 61 + 1, 10 ** 18 + 9, 10 ** 18 + 7, 561, 1105, 2 ** 89 - 1, 2 ** 127 - 1, 2 ** 127 + 1]:
    print(n, is_prime_mr(n))
def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out
def fmt(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))
for n in [1, 2, 12, 360, 9973, 65536, 123456789, 600851475143, 2 ** 32 + 1, 10 ** 12 - 1]:
    print(f"{n} = {fmt(factorize(n)) or '1'}")
def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result
print([totient(n) for n in range(1, 25)])
print(sum(totient(n) for n in range(1, 1001)))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:8], twins[-1])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes)) for n in range(4, 60, 2)}
print(goldbach)
