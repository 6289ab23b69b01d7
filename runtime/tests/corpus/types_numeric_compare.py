# Comparisons across int, float, bool, big ints, and special floats.
vals = [0, 1, -1, True, False, 0.5, 1.0, -0.0, 2 ** 53, 2 ** 53 + 1, float(2 ** 53), 10 ** 30, 1e30, float("inf")]
for a in vals[:8]:
    print(repr(a), [a < b for b in vals], [a == b for b in vals])
print(2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53 + 1))
print(10 ** 30 == 1e30, 10 ** 30 < 1e30, int(1e30), 10 ** 30 - int(1e30))
big = 2 ** 1100
print(big > 1e308, big < float("inf"), -big < -1e308, -big > float("-inf"), big == float("inf"))
nan = float("nan")
print(big < nan, big > nan, big == nan, 1 < nan, nan != nan, nan != 1)
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max(True, 1), sorted([1, True, 1.0]))
print(0.1 + 0.2 > 0.3, 1 / 3 == 0.3333333333333333, 2 / 3 > 0.6666666666666666)
print(round(0.1 + 0.2, 10) == 0.3, abs(-7.5) == 7.5, -5 < -4.999, 3 > 2.9999999999999999)
print(True == 1.0, False == 0.0, True > False, True + True == 2, (True, False) < (True, True))
print(1 < 2 < 3.5 < 2 ** 64, 2 ** 64 < 2.0 ** 64 + 1, 1e400 > 10 ** 400 if False else 10 ** 400 < float("inf"))
print([x for x in range(-3, 4) if -2.5 < x <= 1.5])
print(sorted([3, 2.5, True, -1, 0.0, 10 ** 20, -1e-9]))
print(min([1.5, 1, True], key=float), max([-0.0, 0, 0.0]), min([0, -0.0, 0.0]))
print(int(1.9999999999999999), int(-1.9999999999999999), 1.9999999999999999 == 2)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** -1 == 0.5, 10 / 4 == 2.5, 10 // 4 == 2.5)
