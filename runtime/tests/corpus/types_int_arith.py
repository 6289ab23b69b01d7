# int arithmetic: big ints, floor division and modulo with negatives, pow with modulus.
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(f"{a} // {b} = {a // b:3}  {a} % {b} = {a % b:3}  divmod = {divmod(a, b)}")
print(2 ** 64, 2 ** 100, -(2 ** 63), 3 ** 50)
big = 12345678901234567890123456789
print(big * big, big // 7, big % 7, -big // 7, -big % 7)
print(big + 1, big - big, big * 0, big // big, -big, abs(-big))
print(10 ** 40 // 10 ** 20, 10 ** 40 % (10 ** 20 + 7), divmod(10 ** 30, 7 ** 20))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(5, -1, 7), pow(38, -1, 97), pow(2, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(0 ** 0, 0 ** 5, (-1) ** 1001, 1 ** -1, (-8) ** (1 / 3) if False else "skip")
print(2 ** -2, 10 ** -1, type(2 ** -1).__name__, type(2 ** 2).__name__)
print(7 / 7, type(7 / 7).__name__, 1 / 3, 2 ** 0.5)
print(10 ** 20 / 10 ** 10, 2 ** 1000 / 2 ** 999)
try:
    print(2 ** 10000 / 3)
except OverflowError as e:
    print("OverflowError", e)
print((2 ** 10000) // (2 ** 9999), len(str(2 ** 10000)))
for n in (0, 1, -1, 255, -256, 2 ** 31, -(2 ** 31) - 1, 10 ** 18):
    print(n, n.bit_length(), abs(n), -n, +n, ~n)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sum(range(1, 101)), sum(i * i for i in range(1000)))
fact = 1
for i in range(1, 41):
    fact *= i
print(fact, fact % (10 ** 9 + 7), fact // 10 ** 40)
print(int(3.99), int(-3.99), int(1e20), int(-0.5), int("  -42  "), int("+7"))
print(max(2 ** 70, 2 ** 70 + 1), min(-(2 ** 70), 5), 2 ** 70 == 2.0 ** 70, 2 ** 70 + 1 == 2.0 ** 70)
print(-(2 ** 64) // 3, -(2 ** 64) % 3, (2 ** 64) // -3, (2 ** 64) % -3)
print(123456789 * 987654321, 999999999999 * 999999999999)
print(abs(-0), -0, 0 == -0)
