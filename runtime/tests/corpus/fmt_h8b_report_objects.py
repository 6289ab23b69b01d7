"""Formatted reports over objects implementing __format__, __str__ and __repr__."""
import string
from datetime import date, timedelta
from decimal import Decimal


class Percent:
    def __init__(self, ratio):
        self.ratio = ratio

    def __format__(self, spec):
        if spec.endswith("%"):
            return format(self.ratio, spec)
        digits = int(spec) if spec.isdigit() else 1
        return f"{self.ratio * 100:.{digits}f} pct"

    def __repr__(self):
        return f"Percent({self.ratio!r})"


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __format__(self, spec):
        unit, _, inner = spec.partition(":")
        unit = unit or "K"
        if unit == "C":
            v = self.kelvin - 273.15
        elif unit == "F":
            v = (self.kelvin - 273.15) * 9 / 5 + 32
        elif unit == "K":
            v = self.kelvin
        else:
            raise ValueError(f"unknown unit {unit!r}")
        return format(v, inner or ".1f") + "°" + unit

    def __str__(self):
        return format(self, "C")


class Name:
    def __init__(self, first, last):
        self.first, self.last = first, last

    def __format__(self, spec):
        if spec == "short":
            return f"{self.first[0]}. {self.last}"
        if spec == "formal":
            return f"{self.last.upper()}, {self.first}"
        return format(f"{self.first} {self.last}", spec)

    def __str__(self):
        return f"{self.first} {self.last}"

    def __repr__(self):
        return f"Name({self.first!r}, {self.last!r})"


people = [
    (Name("Ada", "Lovelace"), date(1815, 12, 10), Percent(0.9712), Temperature(310.15), Decimal("1234.5")),
    (Name("Alan", "Turing"), date(1912, 6, 23), Percent(0.5), Temperature(309.6), Decimal("-98.765")),
    (Name("Grace", "Hopper"), date(1906, 12, 9), Percent(0.0333), Temperature(311.0), Decimal("0")),
    (Name("Edsger", "Dijkstra"), date(1930, 5, 11), Percent(1.0), Temperature(305.9), Decimal("1e6")),
]

header = f"{'Name':<18}|{'Short':^12}|{'Born':^12}|{'Score':>10}|{'Temp':>9}|{'Balance':>14}"
print(header)
print("-" * len(header))
for name, born, score, temp, bal in people:
    print(f"{name:<18}|{format(name, 'short'):^12}|{born:%Y-%m-%d}|{score:>10}|{temp:C:.2f}|{bal:>14,.2f}")
print()
for name, born, score, temp, bal in people:
    print(f"{name:formal} born {born:%d %b %Y} ({born:%A}), day {born:%j}; "
          f"score {score:.2%} / {score:3}; temp {temp:F} = {temp:K:.0f} = {temp}")

print(format(Percent(0.25)), format(Percent(0.25), "0"), "{:.0%}".format(Percent(0.256)))
print("{0!r} {0!s} {0}".format(Name("A", "B")))
print("{n:short} and {n:formal}".format(n=Name("Barbara", "Liskov")))
print("{0.first}-{0.last} {1[0]:>3}{1[1]:<3}|".format(Name("X", "Y"), "ab"))
try:
    format(Temperature(1), "R")
except ValueError as e:
    print("ValueError:", e)
try:
    f"{Name('a', 'b'):xyz}"
except ValueError as e:
    print("ValueError:", e)


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


tmpl = "Dear {title} {name}, your order {order:>06} ships {when}."
print(tmpl.format_map(Defaulting(name="Ann", order=42)))
print(tmpl.format_map(Defaulting(title="Dr", name="Bo", order="x7", when="today")))

t = string.Template("$who owes $$${amount} for ${item}s")
print(t.substitute(who="Tim", amount="3.50", item="apple"))
print(t.safe_substitute(who="Tim"))
try:
    t.substitute(who="Tim")
except KeyError as e:
    print("KeyError:", e)
print(string.Template("${a}${b}").substitute({"a": 1}, b=2))


class Row:
    fmt = "{id:>4} {label:<10.10} {value:>10.3f} {flag!s:>5}"

    def __init__(self, id, label, value, flag):
        self.id, self.label, self.value, self.flag = id, label, value, flag

    def __str__(self):
        return self.fmt.format(**vars(self))

    def __repr__(self):
        return "Row(%(id)d, %(label)r, %(value)g, %(flag)s)" % vars(self)


rows = [Row(1, "alpha", 3.14159, True), Row(22, "a very long label", -2.5, False),
        Row(333, "", 1e6, None), Row(4444, "ünïcødé", 0.0005, 1)]
for r in rows:
    print(str(r), "|", repr(r))

start = date(2024, 1, 29)
for i in range(0, 60, 7):
    d = start + timedelta(days=i)
    print(f"{d:%a %d %b} week {d.isocalendar()[1]:02d} {d.isoformat()} {d!r}")

print(f"{timedelta(days=1, hours=3, minutes=4)!s}", f"{timedelta(seconds=-1)}", str(timedelta(weeks=3)))
for n in [0, 1, -1, 1234567.891, 1e-7, 255, -255, 10 ** 12]:
    print(f"{n!r:>14} {n:>+12,.2f} {n:12.3e} {n:>12g} {int(n):#010x} {int(n):_b}"[:90])
for ch in "aZ5 é":
    print(f"{ch!r:5} {ord(ch):04x} {ch!a} {ch:^5}|{ch:*<3}|")
print("%-8s|%8.3f|%+d|%x|%o|%e|%c|%%" % ("left", 2.5, 7, 255, 8, 12345.678, 65))
print("%(a)s %(b)05.1f" % {"a": Name("k", "l"), "b": 3.14159})
print("%5s|%-5s|%.2s" % (Percent(0.1), None, "abcdef"))
width, prec = 12, 3
print(f"{3.14159265:{width}.{prec}f}|{'x':{'>'}{width}}|{42:{'#'}>{width}d}")
