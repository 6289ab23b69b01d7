# A negative float to a fractional power is complex ** complex in CPython: an infinite
# part is "OverflowError: complex exponentiation". An int to a negative power converts
# both to float first: a huge one is "int too large to convert to float".
cases = [
    "(-1e300) ** 1.5", "(-1e200) ** 2.5", "pow(-1e300, 1.5)", "(-2.0) ** 1025.5",
    "(-2.0) ** 0.5", "(-3) ** 0.5", "(-10**20) ** 0.5", "(-1e-300) ** 0.5", "(-1.5) ** -1e5",
    "(10**400) ** -1", "2 ** -(10**400)", "(-(10**400)) ** -2", "(-8) ** -1", "10 ** -2",
    "(2**1023) ** -1", "0 ** -1", "(-0.5) ** -1e10", "(-2.0) ** 1e300", "2.0 ** 1024",
]
for expr in cases:
    try:
        print(expr, "=", eval(expr))
    except (OverflowError, ZeroDivisionError) as e:
        print(expr, "!", type(e).__name__, e)
