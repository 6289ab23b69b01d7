# complex numbers: construction, arithmetic, repr, methods, errors.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(complex(1, 2), complex(), complex(2), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5j"))
print(complex(1.5, -0.0), complex(-0.0, 0.0), complex(0, -0.0), 1j * 1j, (1j) ** 2)
a, b = 1 + 2j, 3 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, b ** -1)
print(a == 1 + 2j, a != b, 1 + 0j == 1, complex(1, 0) == 1.0, (2 + 0j) == 2)
print(1j + 1, 2 * 1j, 1j / 2, 1 - 1j, 0.5j, 1e300j * 1e10)
print(repr(complex(float("inf"), float("nan"))), repr(complex(1e20, 1e-20)), repr(complex(0.1, 0.2)))
print(repr(-1j), repr(-(1j)), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(1 - 0j))
print(complex(1, 2).__class__.__name__, type(1j).__name__, isinstance(1j, complex))
try:
    1j < 2j
except TypeError as e:
    print("TypeError", e)
try:
    (1 + 2j) // 2
except TypeError as e:
    print("TypeError", e)
try:
    (1 + 2j) % 2
except TypeError as e:
    print("TypeError", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    complex("1+2")
except ValueError as e:
    print("ValueError", e)
try:
    complex("abc")
except ValueError as e:
    print("ValueError", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError", e)
try:
    float(2j)
except TypeError as e:
    print("TypeError", e)
print(hash(1 + 0j) == hash(1), hash(0j) == hash(0), bool(0j), bool(1j))
print(sum([1j, 2, 3.5]), (1 + 1j) ** 8, pow(1j, 3))
print(abs(3 - 4j), abs(-5j), abs(complex(1e300, 1e300)))
print(complex(2, 3) * complex(2, -3), (1 + 2j).real * 2)
for s in ["1", "1.5", "-2j", "+3+4j", "(1+2j)", "1e3-1e-3j", "infj", "nan+0j"]:
    print(repr(s), complex(s))
print(f"{3 + 4j}", f"{1.5 - 2.25j:.2f}", format(1 + 1j, "^20"))
