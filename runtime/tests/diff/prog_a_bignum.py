"""Big-number utilities: factorials, digit sums, and the int/str digit limit."""
import math
import sys

def digit_sum(n):
    return sum(int(d) for d in str(n))

for n in [10, 50, 100, 500]:
    f = math.factorial(n)
    s = str(f)
    print(f"{n:>4}! has {len(s):>5} digits, digit sum {digit_sum(f):>5}, trailing zeros {len(s) - len(s.rstrip('0')):>3}")

fib = [0, 1]
while len(str(fib[-1])) < 200:
    fib.append(fib[-1] + fib[-2])
print("first 200-digit Fibonacci index:", len(fib) - 1, str(fib[-1])[:20] + "...")
print(f"{2**200:,}"[:40], f"{-(3**90):_}"[:30], "%d" % (7**80), format(5**60, "x"))

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.flags.int_max_str_digits, sys.int_info.bits_per_digit)
big = 10**4299
print(len(str(big)), len(str(-big)), len(repr(big)))
for text in ["1" * 4300, "-" + "9" * 4300, "0" * 4301, "1_" * 4300 + "1"]:
    try:
        print("parsed", len(str(int(text))))
    except ValueError as e:
        print("ValueError:", e)
for make in [lambda: str(10**4300), lambda: f"{10**5000}", lambda: "%d" % 10**4400, lambda: format(-(10**4300), ",")]:
    try:
        print(len(make()))
    except ValueError as e:
        print("ValueError:", e)
print(len(hex(10**5000)), int("f" * 5000, 16) % 1000, len(bin(2**20000)))
sys.set_int_max_str_digits(700)
print(sys.get_int_max_str_digits())
try:
    str(10**700)
except ValueError as e:
    print("ValueError:", e)
try:
    int("5" * 701)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10**699)))
for bad in [1, 639, -5]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.set_int_max_str_digits("lots")
except TypeError as e:
    print("TypeError:", e)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(math.factorial(3000))))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(sys.int_info.default_max_str_digits)

def isqrt_digits(n, digits):
    """Square root of n to `digits` decimal places, as an integer string."""
    return str(math.isqrt(n * 10 ** (2 * digits)))

r2 = isqrt_digits(2, 60)
print(r2[0] + "." + r2[1:])
print(pow(3, 10**6, 10**9 + 7), pow(2, -1, 97), math.gcd(2**120 - 1, 2**90 - 1) == 2**30 - 1)
print((10**30).bit_length(), (10**30).to_bytes(13, "big").hex(), int.from_bytes(b"\xff" * 12, "little", signed=True))
print(divmod(10**40 + 7, 10**20 + 3), (-(10**25)) // 7, (-(10**25)) % 7, round(10**22 / 3), round(123456789 * 10**15, -17))
