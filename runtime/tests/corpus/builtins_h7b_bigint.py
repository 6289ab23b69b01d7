import math

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = fact(100)
print(f100)
print(len(str(f100)), f100.bit_length(), f100 == math.factorial(100))
print(sum(int(d) for d in str(fact(200))))
tz = 0
x = fact(300)
while x % 10 == 0:
    x //= 10; tz += 1
print(tz)

def fib_mod(n, m):
    def mul(A, B):
        return [[(A[0][0]*B[0][0] + A[0][1]*B[1][0]) % m, (A[0][0]*B[0][1] + A[0][1]*B[1][1]) % m],
                [(A[1][0]*B[0][0] + A[1][1]*B[1][0]) % m, (A[1][0]*B[0][1] + A[1][1]*B[1][1]) % m]]
    R = [[1, 0], [0, 1]]
    M = [[1, 1], [1, 0]]
    while n:
        if n & 1: R = mul(R, M)
        M = mul(M, M)
        n >>= 1
    return R[0][1]

for n in (10, 100, 1000, 10**18, 2**100):
    print(n, fib_mod(n, 10**9 + 7))
print(pow(3, 10**20, 10**9 + 7), pow(2, -1, 97), pow(7, -3, 1000003))
print(pow(-3, 5, 7), pow(3, 5, -7), pow(-2, 101, 10**12 + 39))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (10**30 + 7, -13), (-(10**25), 10**12 + 1), (0, -5)]:
    print(a, b, divmod(a, b), a // b, a % b, -a // b)
for v in (0, 1, -1, 255, 256, -256, 2**63 - 1, -2**63, 2**64, 10**40):
    print(v, v.bit_length(), bin(v)[:20], oct(v)[:20], hex(v), v.bit_count() if hasattr(v, 'bit_count') else None)
print((1024).to_bytes(4, 'big'), (1024).to_bytes(4, 'little'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print(int.from_bytes(b'\xff\xfe', 'big'), int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes(b'\x01\x02\x03', 'little'))
print(int.from_bytes(bytes(range(1, 20)), 'big'))
print((2**100).to_bytes(13, 'big').hex())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError", e)
print((5).to_bytes(), int.from_bytes(b'\x05'))
print(math.gcd(f100, 2**200 * 3**50), math.lcm(12, 18, 30), math.isqrt(10**41), math.comb(60, 30), math.perm(20, 5))
print(math.isqrt(2**200 - 1), math.gcd(), math.gcd(0, -12), math.lcm())
big = 3**500
print(str(big)[:30], str(big)[-30:], len(str(big)))
print(int('1' * 60) % 97, int('-0b1011', 0), int('0o777', 0), int('0x_ff_ff', 0), int('  42  '), int('1_000_000'))
print(f"{2**70:,}", f"{-2**70:_}", f"{2**70:x}", f"{2**70:#o}", f"{12345678901234567890:>30}", f"{255:08b}")
print(format(10**20, 'e'), format(10**20, '.3e'), format(2**64, 'g'), float(2**64), float(10**22))
print((2**53 + 1) == float(2**53 + 1), 2**53 + 1 > float(2**53), int(1e22), int(-2.5e15))
print(10**30 // 7, -(10**30) // 7, 10**30 % -7, (10**30) / 7)
print(round(123456789, -3), round(-123456789, -4), round(15, -1), round(25, -1), round(2**70 + 5, -1))
print(abs(-2**90), -(-2**90), ~(2**90), 2**90 >> 85, 1 << 100, (2**90) & (2**89 + 7), (2**90) | 1, (2**90) ^ (2**90 - 1))
print(-17 >> 2, -1 >> 100, -(2**100) >> 99, (-5) & 0xff, (-5) | 8, (-5) ^ 3)
print(sum(range(10**6)), sum(i * i for i in range(1000)))
n = 2**127 - 1
print(pow(2, n - 1, n) == 1, n.bit_length(), int.__index__(n) == n)
print(divmod(-2**65, 3), divmod(2**65, -3), (-2**65) // 3, (-2**65) % 3)
print(True + True, True * 10**20, (10**20).real, (10**20).imag, (10**20).numerator, (10**20).denominator, (7).conjugate())
print(int(True), (3).as_integer_ratio(), (-2**70).as_integer_ratio())
