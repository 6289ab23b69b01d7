# int() parsing with bases and error messages; str/repr of ints.
cases = [("42", 10), ("-42", 10), ("  7  ", 10), ("0x1f", 16), ("1f", 16), ("0X1F", 16), ("ff", 16),
         ("777", 8), ("0o777", 8), ("101", 2), ("0b101", 2), ("z", 36), ("Zz", 36), ("1_000", 10),
         ("0x_ff", 16), ("12", 3), ("0", 0), ("0x10", 0), ("0o10", 0), ("0b10", 0), ("10", 0),
         ("+1", 10), ("-0", 10), ("١٢٣", 10), ("000", 10)]
for s, base in cases:
    print(repr(s), base, "->", int(s, base))
bad = [("", 10), ("1.5", 10), ("abc", 10), ("0x1f", 10), ("12", 2), ("1__0", 10), ("_1", 10),
       ("1_", 10), ("08", 0), ("0b2", 0), (" ", 10), ("+-1", 10), ("9", 8), ("g", 16)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
print(int(), int(True), int(2.9), int(-2.9), int(b"12"), int(bytearray(b"-3")))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 7
print(int(HasInt()), int(HasIndex()))
print(int("1" * 50), int("-" + "9" * 30))
print(str(-123), repr(456), str(10 ** 25), format(12345, ","), format(-12345, "_"))
print(int("0777"[1:]), int("0009"))
print(float("  1.5  "), float("-inf"), float("1e-3"), float("1_000.5"), float("+.5"), float("5."))
for s in ["", "abc", "1.2.3", "1e", "--1", "inf5", "1_"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(float("nan") != float("nan"), float("INF"), float("Infinity"), float("-iNf"), float("NaN"))
