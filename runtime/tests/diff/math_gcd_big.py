# math.gcd of big ints (Lehmer steps on the leading words) against Euclid on many sizes,
# signs and the longest chains (Fibonacci neighbours).
import math, random
r = random.Random(12345)
def euclid(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
checks = 0
for bits in [60, 64, 100, 127, 128, 129, 150, 200, 300, 500, 1000, 3000]:
    for _ in range(300):
        g = r.getrandbits(r.randint(1, bits))
        a = r.getrandbits(bits) * g * r.choice([1, -1])
        b = r.getrandbits(r.randint(1, bits)) * g
        assert math.gcd(a, b) == euclid(a, b), (a, b)
        assert math.gcd(b, a) == euclid(a, b)
        checks += 2
# Fibonacci neighbours: the longest Euclid chains.
f = [0, 1]
for _ in range(3000):
    f.append(f[-1] + f[-2])
for i in range(100, 3000, 97):
    assert math.gcd(f[i], f[i + 1]) == 1
    assert math.gcd(f[i] * 7, f[i + 1] * 7) == 7
    checks += 2
print(checks, math.gcd(2**4000 - 1, 2**3000 - 1) == 2**1000 - 1, math.gcd(3**5000, 6**4000) == 3**4000)
