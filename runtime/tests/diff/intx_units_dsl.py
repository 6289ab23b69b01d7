"""A unit-conversion DSL: '3.5 km/h in m/s', with dimension checking and exact Fractions."""
import re
from fractions import Fraction
from decimal import Decimal, getcontext
from dataclasses import dataclass
from functools import total_ordering, reduce
from collections import Counter
import operator


class UnitError(Exception):
    pass


class DimensionMismatch(UnitError):
    def __init__(self, left, right):
        super().__init__(f"cannot convert {fmt_dims(left)} to {fmt_dims(right)}")
        self.left, self.right = left, right


BASE = {
    # name: (factor to SI, dimensions)
    "m": (1, {"L": 1}), "km": (1000, {"L": 1}), "cm": (Fraction(1, 100), {"L": 1}),
    "mm": (Fraction(1, 1000), {"L": 1}), "in": (Fraction(254, 10000), {"L": 1}),
    "ft": (Fraction(3048, 10000), {"L": 1}), "mi": (Fraction(1609344, 1000), {"L": 1}),
    "s": (1, {"T": 1}), "min": (60, {"T": 1}), "h": (3600, {"T": 1}), "day": (86400, {"T": 1}),
    "g": (Fraction(1, 1000), {"M": 1}), "kg": (1, {"M": 1}), "lb": (Fraction(45359237, 100000000), {"M": 1}),
    "N": (1, {"M": 1, "L": 1, "T": -2}), "J": (1, {"M": 1, "L": 2, "T": -2}),
    "W": (1, {"M": 1, "L": 2, "T": -3}), "L": (Fraction(1, 1000), {"L": 3}),
    "Hz": (1, {"T": -1}), "kWh": (3600000, {"M": 1, "L": 2, "T": -2}),
}

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?(?:/\d+)?)|(?P<unit>[A-Za-z]+)|(?P<op>[*/^()])|(?P<pow>-?\d+))")


def fmt_dims(dims):
    parts = [f"{k}^{v}" if v != 1 else k for k, v in sorted(dims.items()) if v]
    return "·".join(parts) or "dimensionless"


@total_ordering
@dataclass(frozen=True)
class Quantity:
    value: Fraction
    dims: tuple  # sorted tuple of (dim, power)

    @classmethod
    def of(cls, value, dims):
        return cls(Fraction(value), tuple(sorted((k, v) for k, v in dims.items() if v)))

    def __mul__(self, other):
        d = Counter(dict(self.dims))
        d.update(dict(other.dims))
        return Quantity.of(self.value * other.value, d)

    def __truediv__(self, other):
        d = Counter(dict(self.dims))
        d.subtract(dict(other.dims))
        return Quantity.of(self.value / other.value, d)

    def __pow__(self, n):
        return Quantity.of(self.value ** n, {k: v * n for k, v in self.dims})

    def __lt__(self, other):
        if self.dims != other.dims:
            raise DimensionMismatch(dict(self.dims), dict(other.dims))
        return self.value < other.value


def parse_unit_expr(text):
    """unit expression grammar: term (('*'|'/') term)*, term: NAME ('^' INT)? | '(' expr ')'"""
    tokens = [(m.lastgroup, m.group(m.lastgroup)) for m in TOKEN.finditer(text.strip())]
    consumed = sum(len(m.group(0)) for m in TOKEN.finditer(text.strip()))
    if consumed != len(text.strip()):
        raise UnitError(f"bad character in unit expression {text!r}")
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)

    def term():
        nonlocal pos
        kind, val = peek()
        if kind == "unit":
            pos += 1
            if val not in BASE:
                raise UnitError(f"unknown unit {val!r}")
            factor, dims = BASE[val]
            q = Quantity.of(factor, dims)
        elif val == "(":
            pos += 1
            q = expr()
            if peek()[1] != ")":
                raise UnitError("missing ')'")
            pos += 1
        else:
            raise UnitError(f"expected unit, got {val!r}")
        if peek()[1] == "^":
            pos += 1
            kind, val = peek()
            if kind not in ("num", "pow"):
                raise UnitError("expected exponent")
            pos += 1
            q = q ** int(val)
        return q

    def expr():
        nonlocal pos
        q = term()
        while peek()[1] in ("*", "/"):
            op = peek()[1]
            pos += 1
            q = q * term() if op == "*" else q / term()
        return q

    result = expr()
    if pos != len(tokens):
        raise UnitError(f"unexpected {tokens[pos][1]!r}")
    return result


QUERY = re.compile(r"^\s*(?P<amount>-?\d+(?:\.\d+)?(?:/\d+)?)\s+(?P<src>.+?)\s+(?:in|to|->)\s+(?P<dst>.+?)\s*$")


def convert(query):
    m = QUERY.match(query)
    if not m:
        raise UnitError(f"cannot parse query {query!r}")
    amount = Fraction(m["amount"])
    src, dst = parse_unit_expr(m["src"]), parse_unit_expr(m["dst"])
    if src.dims != dst.dims:
        raise DimensionMismatch(dict(src.dims), dict(dst.dims))
    return amount * src.value / dst.value, m["dst"]


QUERIES = [
    "3.5 km/h in m/s", "100 km/h to mi/h", "1 mi -> ft", "12 in to cm", "1 day in s",
    "2 kWh in J", "1 N in kg*m/s^2", "1 J/s in W", "5 lb in g", "1/3 h in min",
    "1 L in cm^3", "60 Hz to 1", "1 m in s", "2 furlong in m", "3 m in (km", "1.5 m^2 in ft^2",
    "9.81 kg*m/s^2 in N", "1 km to m km",
]

getcontext().prec = 12
for q in QUERIES:
    try:
        value, unit = convert(q)
    except DimensionMismatch as e:
        print(f"{q:22} ! {e}")
        continue
    except UnitError as e:
        print(f"{q:22} ? {e}")
        continue
    dec = Decimal(value.numerator) / Decimal(value.denominator)
    exact = f"{value}" if value.denominator < 10**6 else "~"
    print(f"{q:22} = {float(value):.6g} {unit}  exact={exact}  dec={dec}")

a, b = parse_unit_expr("km/h"), parse_unit_expr("m/s")
print(a < b, a > b, max(a, b) == a, sorted([b, a, parse_unit_expr("mi/h")])[0].value)
try:
    a < parse_unit_expr("kg")
except DimensionMismatch as e:
    print("compare:", e, e.left, e.right)
print(fmt_dims(dict(parse_unit_expr("J/s").dims)), fmt_dims({}), parse_unit_expr("(m/s)^2").dims)
total = reduce(operator.add, (convert(q)[0] for q in ["1 km in m", "1 mi in m", "1 ft in m"]))
print(total, float(total), round(total, 2), Fraction(total).limit_denominator(100))
