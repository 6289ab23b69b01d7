# int/float edge cases in formatting and conversion: big ints, negative zero, precision limits.
import sys
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, -sys.maxsize - 2)
print(2 ** 63, 2 ** 64 - 1, -(2 ** 63), 10 ** 50, -(10 ** 50))
print(str(2 ** 200), len(str(2 ** 200)), str(-(2 ** 200))[:10])
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 65), f"{2 ** 100:,}", f"{2 ** 100:e}", f"{-(2 ** 100):_x}")
print(int(1e15), int(1e16), int(1.5e300) == 15 * 10 ** 299, int(1.5e300) - 15 * 10 ** 299 != 0)
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 60 + 1), float(10 ** 20 + 1), float(-(2 ** 63)))
print(2 ** 53 + 1 == float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(0 == -0, 0.0 == -0.0, str(-0.0), repr(-0.0), f"{-0.0:.1f}", f"{-0.0:+.1f}", f"{-0.0:z.1f}", -0.0 + 0)
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3, -(1 // 3), round(-0.4), round(-0.6), int(-0.9))
print(7 // 0.5, 7 % 0.5, -7 // 0.5, 7.5 // 2, -7.5 // 2, 7.5 % -2)
print(10 ** 18 + 0.5, 10 ** 17 + 0.5, 2 ** 52 + 0.5, 2 ** 53 + 0.5)
print(999999999999999999 / 1, 10 ** 16 / 3, 7 / 3 * 3 == 7)
big = 123456789 ** 5
print(big, big % 1000, big // 10 ** 30, str(big)[::-1][:10])
print(f"{big:,}", f"{big:.3e}", format(big, "x"), f"{big:>60}")
print(int("-" + "9" * 40) + 1, abs(-(10 ** 40)) - 10 ** 40, divmod(-(10 ** 40), 7))
print(f"{1e300 * 1e10}", f"{-1e300 * 1e10}", f"{(1e300 * 1e10) - (1e300 * 1e10)}", float("inf") * 0)
for v in [1, 12, 123, 1234, 12345, 123456, 1234567, 12345678, 123456789]:
    print(f"{v:>12,} {v / 7:>16.6f} {v * 1e-5:>12.3e} {v:>10x}")
print(0.1 + 0.2 - 0.3, 1e16 + 1 - 1e16, (0.1).as_integer_ratio(), 0.1 == 3602879701896397 / 36028797018963968)
