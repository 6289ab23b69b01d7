# Bitwise operations including negatives and big ints; int methods.
vals = [0, 1, 5, -1, -5, 255, -256, 2 ** 65 + 3, -(2 ** 65) - 3]
for a in vals:
    print(a, "&0xF0F", a & 0xF0F, "| 6", a | 6, "^ -7", a ^ -7, "<<3", a << 3, ">>2", a >> 2, "~", ~a)
print(-1 & 0xFFFFFFFF, -2 & 0xFF, (-2) >> 1, (-3) >> 1, -(2 ** 100) >> 99, 1 << 100 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
for n in [0, 1, 7, 8, 255, 256, -1, -8, 2 ** 100]:
    print(n, n.bit_length(), n.bit_count(), bin(n))
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, (7).__index__(), True.bit_length())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
def gray(n):
    return n ^ (n >> 1)
print([bin(gray(i)) for i in range(8)])
mask = 0
for bit in (0, 3, 5, 64):
    mask |= 1 << bit
print(mask, bin(mask), mask & (1 << 3) != 0, mask & (1 << 4) != 0)
x = 0b1011_0110
print(x & -x, x & (x - 1), x | (x + 1), bin(x)[2:].zfill(12))
print(0xDEADBEEF >> 16, hex(0xDEADBEEF & 0xFFFF), hex(~0xDEADBEEF & 0xFFFFFFFF))
print(hex(2 ** 64 - 1), oct(-64), bin(2 ** 70)[:12], hex(-(2 ** 64)))
print(True << 4, False | 2, True ^ 3)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" << 1
except TypeError as e:
    print("TypeError", e)
