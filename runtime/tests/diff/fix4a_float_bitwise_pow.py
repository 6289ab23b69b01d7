# `float op float` for shifts, bitwise operators and `@` is a TypeError (not NotImplemented),
# and 0, 1, -1 (and bools) raised to huge powers are computed without building the power.
ops = ["|", "&", "^", "<<", ">>", "@"]
pairs = [(1.5, 2.5), (0.0, -0.0), (float("inf"), 1.0), (1.0, 2), (2, 1.0), (True, 1.5), (1.5, True)]
for a, b in pairs:
    row = []
    for op in ops:
        try:
            row.append(repr(eval(f"a {op} b")))
        except TypeError as e:
            row.append(str(e))
    print(repr(a), repr(b), row)


def loop(a, b):
    out = set()
    for _ in range(500):
        try:
            out.add(a | b)
        except TypeError as e:
            out.add(str(e))
        try:
            out.add(a << b)
        except TypeError as e:
            out.add(str(e))
    return sorted(out)


print(loop(1.5, 2.5), loop(3, 1))
x = 2.5
for op in ("|=", "&=", "^=", "<<=", ">>="):
    try:
        exec(f"x {op} 1.0")
    except TypeError as e:
        print(op, e)
print(1.5 + 2.5, 7.5 // 2.0, 7.5 % 2.0, 2.0 ** 0.5, 1.0 / 4.0, 3.0 - 1.0, 2.0 * 4.0, -7.5 % 2.0)
big = [2**63 - 1, 2**63, 2**100, 10**20 + 1, 2**64 + 2]
for b in (0, 1, -1, False, True):
    print(b, [b ** e for e in big], [pow(b, e, 7) for e in big], [pow(b, e) for e in big])
print(pow(-1, -(2**70)), pow(1, -(10**30)), (-1) ** -(2**70 + 1), pow(-1, 2**70 + 1, 5), 0 ** 0, (-1) ** 0)
for e in (-(2**70), -1):
    try:
        print(0 ** e)
    except ZeroDivisionError as err:
        print("ZeroDivisionError:", err)
print(2 ** 100, (-2) ** 63, 3 ** 40, (-1) ** 2**62, 1 ** 2**62, 0 ** 2**62, 7 ** 0)
