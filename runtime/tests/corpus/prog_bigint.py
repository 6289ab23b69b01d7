# Big-integer programs: digits of pi (spigot), e, factorials, Fibonacci, Catalan numbers, digit sums.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
d = pi_digits(300)
print("pi = " + str(d[0]) + "." + "".join(map(str, d[1:])))
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]
print("e  = 2." + e_digits(201)[1:])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print("sqrt(2) = 1." + str(isqrt(2 * 10 ** 200))[1:])
f = 1
for i in range(1, 101):
    f *= i
print("100! =", f)
print("digits", len(str(f)), "digit sum", sum(map(int, str(f))), "trailing zeros", len(str(f)) - len(str(f).rstrip("0")))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print("fib(500) =", a)
print("fib(500) % 10**9+7 =", a % (10 ** 9 + 7), "bits", a.bit_length())
def catalan(n):
    c = 1
    for i in range(n):
        c = c * 2 * (2 * i + 1) // (i + 2)
    return c
print([catalan(i) for i in range(15)], catalan(100))
print(2 ** 1000 % 997, pow(3, 10 ** 18, 10 ** 9 + 7), pow(7, 2 ** 100, 13))
n = 2 ** 521 - 1
print("M521 digits", len(str(n)), str(n)[:20], str(n)[-20:])
print("collatz steps for 2**100+1:", end=" ")
x, steps = 2 ** 100 + 1, 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print(steps)
print(int("9" * 100) // int("3" * 50), int("9" * 100) % 12345678901)
print(-(10 ** 50) // 7, -(10 ** 50) % 7, divmod(10 ** 50, -7))
print(hex(3 ** 100), oct(5 ** 40), bin(7 ** 20)[:30])
