# abs, round, divmod, pow, sum, bin/oct/hex, chr/ord, int/float helpers.
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 30)))
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(7, -5))
print(round(2.675, 2), round(1.005, 2), round(0.5 + 1e-15), round(1e16 + 1), round(-0.0), round(0.1, 20))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(5, 1)).__name__, round(float("1e300"), -299))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, 0.5), pow(-2, 2), pow(2, -2), pow(4, 3, 5), pow(10 ** 20, 10 ** 20, 97), pow(0, 0))
print(sum([]), sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10), 100), sum((1.5, 2)), sum([1j, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(bin(0), bin(10), bin(-10), oct(64), oct(-8), hex(0), hex(3054), hex(-1), hex(2 ** 70))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
print(chr(0x41), chr(0x263A), ord("\n"), ord("€"), [chr(i) for i in range(0x30, 0x3A)])
print(int.bit_length(1023), float.is_integer(4.0), (2.5).is_integer(), divmod(7, 7), divmod(0, 3))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, 0]), any([]), all([]), any([0, None, ""]), all("abc"))
print(len("abc"), len([1, 2]), len({}), len(range(0, 10, 3)), len(b"\x00\x01"), len({1: 2, 3: 4}))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
class L:
    def __len__(self):
        return 2 ** 70
try:
    len(L())
except OverflowError as e:
    print("OverflowError", e)
class Neg:
    def __len__(self):
        return -3
try:
    len(Neg())
except ValueError as e:
    print("ValueError", e)
class Ab:
    def __abs__(self):
        return "absolute!"
    def __round__(self, n=None):
        return f"rounded to {n}"
print(abs(Ab()), round(Ab()), round(Ab(), 3))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
try:
    round("x")
except TypeError as e:
    print("TypeError", e)
try:
    divmod(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, "x")
except TypeError as e:
    print("TypeError", e)
