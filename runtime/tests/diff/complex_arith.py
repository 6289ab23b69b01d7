# complex arithmetic with int, float and complex on both sides; powers, division, abs, hash, equality.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0, 1, -3, 2**70, 0.0, -0.0, 2.5, -1e-3, 1e300, float("inf"), 0j, 1j, -2j, 3 + 4j, -1.5 + 0.5j,
        complex(0, -0.0), complex(1e308, 1e308), True]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b)]
for a in vals:
    for b in vals:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        row = []
        for name, f in ops:
            try:
                row.append(repr(f(a, b)))
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(repr(a), repr(b), " | ".join(row))

bases = [0j, 1j, -1j, 2 + 0j, 1 + 1j, -2 + 3j, 0.5 - 0.5j, 1e10 + 1e10j, 2]
exps = [0, 1, 2, 3, -1, -2, 10, 100, 101, -100, 0.5, 2.5, -0.5, 1j, 2 + 1j, 0j, 1e-3j]
for b in bases:
    for e in exps:
        if not (isinstance(b, complex) or isinstance(e, complex)):
            continue
        t("%r ** %r" % (b, e), lambda: b ** e)
t("pow 3", lambda: pow(1j, 2, None))
t("float ** complex", lambda: 2.0 ** (1 + 1j))
t("neg float ** frac", lambda: (-8.0) ** (1 / 3))
t("int ** complex", lambda: 10 ** 1j)
t("big ** complex", lambda: (2**1100) ** 1j)
t("complex ** big", lambda: 1j ** (2**1100))

for z in [0j, 3 + 4j, -3 - 4j, 1e308 + 1e308j, complex(float("inf"), float("nan")), complex(float("nan"), 1),
          5e-324 + 5e-324j, 1j, -0.0 - 0.0j]:
    t("abs(%r)" % (z,), lambda: abs(z))
    t("-(%r)" % (z,), lambda: -z)
    t("+(%r)" % (z,), lambda: +z)

for z in [0j, 1j, 1 + 0j, 1.5 + 0j, -1 + 0j, 2 + 3j, -2.5 - 3.25j, 1e300 + 1e-300j, complex(2**60, 0),
          complex(0.1, 0.2), complex(float("inf"), 0), complex(float("-inf"), float("inf"))]:
    print("hash", repr(z), hash(z), hash(z) == hash(z.real) if z.imag == 0 else "-")

eqs = [(1 + 0j, 1), (1 + 0j, 1.0), (1 + 0j, True), (0j, 0), (0j, False), (1j, 1), (2**53 + 1 + 0j, 2**53 + 1),
       (2**53 + 0j, 2**53 + 1), (1 + 1j, 1 + 1j), (1 + 1j, 1 - 1j), (1j, "1j"), (1j, None), (1j, [1j])]
for a, b in eqs:
    print("eq", repr(a), repr(b), a == b, b == a, a != b, b != a)
for op in ["<", "<=", ">", ">="]:
    t("1j %s 2j" % op, lambda: eval("1j %s 2j" % op))
    t("1j %s 1" % op, lambda: eval("1j %s 1" % op))
    t("1 %s 1j" % op, lambda: eval("1 %s 1j" % op))
for op in ["//", "%", "<<", "&", "@"]:
    t("1j %s 1" % op, lambda: eval("1j %s 1" % op))
    t("1 %s 1j" % op, lambda: eval("1 %s 1j" % op))
t("int(1j)", lambda: int(1j))
t("float(1j)", lambda: float(1j))
t("round(1j)", lambda: round(1j))
t("1j / 0.0", lambda: 1j / 0.0)
t("1 / 0j", lambda: 1 / 0j)
t("0j / 0j", lambda: 0j / 0j)
t("1j / 0", lambda: 1j / 0)
t("in list", lambda: 2j in [1, 2j, 3])
t("dict key", lambda: {1: "int", 1.0: "float", 1 + 0j: "complex"})
t("set", lambda: len({1, 1.0, 1 + 0j, 2j, 2j}))
t("sum", lambda: sum([1j, 2, 3.5, -1j]))
acc = 1 + 0j
for k in range(1, 13):
    acc = acc * (1 + 1j) / k
    print("acc", k, acc)
z = 0j
for k in range(20):
    z = z * z + (-0.75 + 0.1j)
print("mandel", z, abs(z))
