"""Bit manipulation helpers: gray codes, popcount tricks, byte conversions."""


def gray(n):
    return n ^ (n >> 1)


def gray_inverse(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def lowest_set(x):
    return x & -x


def clear_lowest(x):
    return x & (x - 1)


def next_same_popcount(x):
    c = x & -x
    r = x + c
    return (((r ^ x) >> 2) // c) | r


def reverse_bits(x, width):
    out = 0
    for _ in range(width):
        out = (out << 1) | (x & 1)
        x >>= 1
    return out


def rotl(x, k, width=32):
    mask = (1 << width) - 1
    k %= width
    return ((x << k) | (x >> (width - k))) & mask


print("gray codes (4 bit):")
for i in range(16):
    g = gray(i)
    print(f"  {i:2d} {i:04b} -> {g:04b} back={gray_inverse(g):2d}", "adjacent ok" if i == 0 or bin(g ^ gray(i - 1)).count("1") == 1 else "BAD")

print("bit_length / bit_count:")
for v in [0, 1, 7, 8, 255, 256, -1, -128, -129, 2 ** 100, -(2 ** 64), 0xDEADBEEF]:
    print(f"  {v:>32}: len={v.bit_length():3d} count={v.bit_count():3d} bin={bin(v)[:20]}")

print("lowest set / clear lowest:")
for v in [12, 40, 1, 96, 2 ** 70 + 2 ** 65]:
    print(f"  {v}: low={lowest_set(v)} cleared={clear_lowest(v)} trailing_zeros={(v & -v).bit_length() - 1}")

print("combinations of 3 bits in 6 (Gosper):")
x = 0b111
combos = []
while x < 1 << 6:
    combos.append(f"{x:06b}")
    x = next_same_popcount(x)
print(" ", len(combos), combos[:6], combos[-3:])

print("reverse/rotate:")
for v in [1, 0b1011, 0xF0, 0x12345678]:
    print(f"  {v:#x}: rev8={reverse_bits(v & 0xFF, 8):#04x} rotl5={rotl(v, 5):#010x} rotr5={rotl(v, -5):#010x}")

print("to_bytes / from_bytes:")
cases = [(1, 2, "big", False), (1, 2, "little", False), (-1, 2, "big", True),
         (-32768, 2, "little", True), (65535, 2, "big", False), (2 ** 63, 9, "big", True),
         (0, 0, "big", False), (-129, 2, "big", True)]
for n, length, order, signed in cases:
    b = n.to_bytes(length, order, signed=signed)
    back = int.from_bytes(b, order, signed=signed)
    print(f"  {n}: {b!r} hex={b.hex(':') if b else '-'} back={back}")
for n, length, signed in [(256, 1, False), (-1, 4, False), (128, 1, True), (-129, 1, True)]:
    try:
        n.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print(f"  {n} -> OverflowError: {e}")
print(" ", int.from_bytes(b"\xff\xfe", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True),
      int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
print(" ", (1024).to_bytes(2, byteorder="little"), (5).to_bytes(), int.from_bytes(b"\x07"))
try:
    (1).to_bytes(2, "middle")
except ValueError as e:
    print("  ValueError:", e)

print("bitwise tricks:")
for a, b in [(5, 3), (-5, 3), (12, -7), (0, -1)]:
    print(f"  a={a} b={b}: & {a & b} | {a | b} ^ {a ^ b} ~a {~a} a<<3 {a << 3} a>>1 {a >> 1} sign_differs={(a ^ b) < 0}")
print("  abs via bits:", [((v ^ (v >> 63)) - (v >> 63)) for v in [-7, 7, -2 ** 40]])
print("  is power of two:", [v for v in range(1, 70) if v & (v - 1) == 0])
print("  swap:", end=" ")
a, b = 0b1010, 0b0110
a ^= b; b ^= a; a ^= b
print(a, b)
try:
    1 << -1
except ValueError as e:
    print("  shift:", e)
print("  big shifts:", 1 << 200 >> 199, (-1) >> 1000, -(2 ** 100) >> 99)

print("bitset sieve:")
N = 100
bits = (1 << (N + 1)) - 1
bits &= ~0b11
for p in range(2, 11):
    if bits >> p & 1:
        for m in range(p * p, N + 1, p):
            bits &= ~(1 << m)
primes = [i for i in range(N + 1) if bits >> i & 1]
print(" ", len(primes), primes[-5:], bits.bit_count())
print("  hex:", hex(bits), oct(0o777 & bits), format(bits & 0xFFFF, "#018b"))
print("  formats:", f"{255:08b}", f"{255:#x}", f"{255:#X}", f"{-255:#o}", f"{2**40:_x}", f"{123456789:_b}"[:20], f"{1234567:,}")
print("  int parse:", int("0b1011", 0), int("ff", 16), int("-0x1F", 0), int("1_000", 0), int("z", 36), int("  42 "))
for bad in ["0b102", "09", "", "0x"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print("  ", e)
