# Operations of exact ints with at least one big operand, the small-times-small overflow, bools and int subclasses mixed in.
a = 2**70; b = -3**50; s = 12345
for x, y in [(a, b), (b, a), (a, s), (s, a), (a, -1), (0, a), (a, a), (2**62, 2**62), (-2**62, 2**62), (3037000500, 3037000500), (-(2**63), -1)]:
    print(x + y, x - y, x * y, x & y, x | y, x ^ y, x // y if y else None, x % y if y else None, x ** 2, (x >> 3), (x << 5) if x < 2**80 else 0, x / y if y else None)
print(True + 2**70, 2**70 & True, (2**70) | False, type(True & 2**70))
try: 2**70 @ 3
except TypeError as e: print(e)
class I(int): pass
print(type(I(5) + 2**70), type(2**70 * I(3)), I(2**70) - 1)
x = 2**64; x += 1; x *= 3; x &= 2**65 - 1; print(x)
print(divmod(2**70, 7), pow(2**70, 2, 10**9 + 7))
