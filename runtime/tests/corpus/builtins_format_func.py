# The format() builtin and __format__ protocol for builtin types.
print(format(42), format(42, "d"), format(42, "5d"), format(42, "<5"), format(42, "^7"), format(42, "+"), format(-42, " "))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(1e6, "e"), format(1e6, ".2E"), format(0.000123, "g"), format(123456789.0, "g"))
print(format("text", "10"), format("text", ">10"), format("text", "*^10"), format("text", ".2"), format("", "3"))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(255, "#o"), format(255, "b"), format(255, "#b"), format(65, "c"))
print(format(1234567, ","), format(1234567, "_"), format(0xFFFFFF, "_x"), format(1234567.891, ",.2f"), format(-1234, "08,"))
print(format(0.25, "%"), format(0.125, ".1%"), format(1, ".0%"), format(True), format(True, "d"), format(None))
print(format([1, 2]), format((1,)), format({"a": 1}))
try:
    format([1], "10")
except TypeError as e:
    print("TypeError", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError", e)
try:
    format(1, ".2d")
except ValueError as e:
    print("ValueError", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        if spec == "":
            return f"${self.cents / 100:.2f}"
        return format(self.cents / 100, spec)
m = Money(123456)
print(format(m), format(m, "short"), format(m, ",.1f"), f"{m}", f"{m:short}", "{:>12,.2f}".format(m))
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError", e)
print(format(2 ** 100, ","), format(-0.0, ".1f"), format(float("inf"), "10"), format(float("nan"), "+"))
print(format(5, "=+5"), format(-5, "=5"), format(5, "05"), format(-5.5, "010.2f"), format(1e-7, ".3"))
print(format(10, "n"), format(1234.5, "n"), format(3 + 4j, ""), format(3 + 4j, ".1f"), format(1j, "10"))
