# Integer functions of math: gcd, lcm, isqrt, factorial, comb, perm, prod, with big ints.
import math

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 8), math.gcd(0, 0), math.gcd(0, -7))
print(math.gcd(2 ** 200 * 3 ** 50, 2 ** 100 * 3 ** 80 * 5), math.gcd(10 ** 40 + 1, 10 ** 20 + 1), math.gcd(True, 10))
print(math.lcm(), math.lcm(0), math.lcm(-6), math.lcm(4, 6), math.lcm(4, -6, 10), math.lcm(3, 0, 5), math.lcm(2 ** 64, 3 ** 40))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2 ** 52, 2 ** 52 + 1, 10 ** 30, 10 ** 30 - 1, 2 ** 127 - 1, 3 ** 200]:
    r = math.isqrt(n)
    print("isqrt", n if n < 10 ** 12 else len(str(n)), r if r < 10 ** 12 else r % 1000003, r * r <= n < (r + 1) * (r + 1))
for n in [0, 1, 2, 5, 10, 20, 21, 25, 50]:
    print("factorial", n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7), str(math.factorial(500))[:30])
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)], math.perm(6), math.perm(0), math.perm(5, None))
print(math.comb(100, 50), math.comb(1000, 3), math.comb(10 ** 20, 2), math.perm(10 ** 15, 3))
print(math.comb(60, 30) == math.factorial(60) // math.factorial(30) ** 2, math.comb(200, 199), math.comb(200, 0))
print(sum(math.comb(30, k) for k in range(31)) == 2 ** 30, math.comb(True, False), math.perm(True))
print(math.prod([]), math.prod([1, 2, 3, 4, 5]), math.prod(range(1, 30)), math.prod([2.5, 4]), math.prod([2, 0.5, 3]))
print(math.prod([[1], 3]) if False else "skip", math.prod(["ab", 3]), math.prod([3, "ab"]), math.prod([1, 2], start=10), math.prod([], start="x"))
print(math.prod(iter([10 ** 10] * 5)), math.prod([True, True]), math.prod([-1] * 7), math.prod((1.5 for _ in range(3))))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(math.gcd(Idx(12), Idx(30)), math.lcm(Idx(4), 6), math.isqrt(Idx(50)), math.factorial(Idx(6)), math.comb(Idx(5), Idx(2)), math.perm(Idx(5), 2))

errors = [
    lambda: math.gcd(1.5), lambda: math.gcd("a", 2), lambda: math.gcd(1, x=2), lambda: math.lcm(2, 3.0),
    lambda: math.isqrt(-1), lambda: math.isqrt(4.0), lambda: math.isqrt(), lambda: math.factorial(-1),
    lambda: math.factorial(-10 ** 30), lambda: math.factorial(10 ** 30), lambda: math.factorial(5.0), lambda: math.factorial("5"),
    lambda: math.comb(5), lambda: math.comb(-1, 2), lambda: math.comb(5, -2), lambda: math.comb(5.5, 2), lambda: math.comb(10 ** 40, 10 ** 39),
    lambda: math.perm(-3), lambda: math.perm(4, -1), lambda: math.perm(1, 2, 3), lambda: math.perm(), lambda: math.perm(10 ** 30, 10 ** 25),
    lambda: math.prod(5), lambda: math.prod([1], 2), lambda: math.prod(), lambda: math.prod([1], begin=1), lambda: math.prod([None, 1]),
]
for i, call in enumerate(errors):
    try:
        r = call()
        print(i, "ok", r if not isinstance(r, int) or r < 10 ** 20 else len(str(r)))
    except Exception as e:
        print(i, type(e).__name__, e)
