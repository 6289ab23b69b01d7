from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, InvalidOperation
from fractions import Fraction
from itertools import groupby, accumulate, chain, islice, zip_longest
from operator import attrgetter, itemgetter, methodcaller
from dataclasses import dataclass, field
import bisect
import heapq

CENT = Decimal("0.01")


class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        self.amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __mul__(self, k):
        return Money(self.amount * Decimal(k), self.currency)

    def __format__(self, spec):
        sym = {"USD": "$", "EUR": "€"}.get(self.currency, "?")
        if spec.endswith("m"):
            width = int(spec[:-1] or 0)
            return f"{sym}{self.amount:,.2f}".rjust(width)
        return format(str(self), spec)

    def __repr__(self):
        return f"Money({str(self.amount)!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount} {self.currency}"

    def __eq__(self, other):
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        return self.amount < other.amount


@dataclass(order=True)
class Line:
    sku: str
    qty: int
    price: Money = field(compare=False)
    category: str = field(default="misc", compare=False)

    @property
    def total(self):
        return self.price * self.qty


lines = [
    Line("B-200", 3, Money("19.995"), "tools"),
    Line("A-100", 10, Money("0.125"), "parts"),
    Line("C-300", 1, Money("249.50"), "tools"),
    Line("A-101", 25, Money("0.135"), "parts"),
    Line("D-400", 2, Money("5"), "misc"),
    Line("B-201", 4, Money("7.333"), "tools"),
]

print(f"{'SKU':<7}{'Qty':>5}{'Price':>11}{'Total':>12}")
for ln in sorted(lines):
    print(f"{ln.sku:<7}{ln.qty:>5}{ln.price:11m}{ln.total:12m}")
subtotal = sum(ln.total for ln in lines)
print(f"{'Subtotal':<23}{subtotal:12m}")
tax = Money(subtotal.amount * Decimal("0.0825"))
print(f"{'Tax 8.25%':<23}{tax:12m}")
print(f"{'TOTAL':<23}{subtotal + tax:12m}")
print(f"{subtotal!r} {subtotal!s:>20} {subtotal:>20}")
x = subtotal.amount
print(f"{x=}", f"{x = :>12}", f"{len(lines)=:03d}")

print("--- by category")
keyf = attrgetter("category")
for cat, grp in groupby(sorted(lines, key=keyf), key=keyf):
    grp = list(grp)
    print(f"  {cat:<6} n={len(grp)} skus={','.join(map(attrgetter('sku'), grp))} "
          f"total={sum(g.total for g in grp)}")

print("--- rounding modes")
for val in ["2.675", "2.665", "-1.005", "0.5", "1.5", "2.5"]:
    d = Decimal(val)
    print(f"  {val:>7} half_up={d.quantize(CENT, ROUND_HALF_UP)!s:>6} "
          f"even={d.quantize(CENT, ROUND_HALF_EVEN)!s:>6} down={d.quantize(Decimal(1), ROUND_DOWN)!s:>3} "
          f"int={round(d)} r1={round(d, 1)}")

with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal("1.23456789") + 0, Decimal(2).sqrt())
print(Decimal("1.10") + Decimal("2.20"), Decimal("3.0") * 2, Decimal("10") / 4, Decimal("-7") // 2, Decimal("-7") % 2)
print(Decimal("1e3").normalize(), Decimal("1200").normalize(), Decimal("0.000").normalize(), Decimal("12.3400").as_tuple())
print(Decimal("NaN").is_nan(), Decimal("-0") == 0, Decimal("inf") > 10**100, Decimal(0.1))
print(sorted([Decimal("1.5"), 1, Fraction(3, 2), 1.25]), Decimal("1.5") == Fraction(3, 2))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
print(f"{Money(1234567.891, 'EUR'):m}", format(Money(3), "^15"), Money(2) < Money(3))

print("--- split payments (Fraction)")
shares = [Fraction(1, 3), Fraction(1, 6), Fraction(1, 2)]
print(sum(shares), list(accumulate(shares)), max(shares), Fraction("0.125"), Fraction(2.5))
total = Decimal("100.00")
parts = [(total * s.numerator / s.denominator).quantize(CENT) for s in shares]
parts[-1] += total - sum(parts)
print(parts, sum(parts))
print(Fraction(7, 3).limit_denominator(2), Fraction(355, 113) - Fraction(22, 7), float(Fraction(1, 8)), round(Fraction(7, 2)))

print("--- discount tiers (bisect)")
breaks = [10, 50, 100, 500]
rates = ["0%", "2%", "5%", "8%", "12%"]
for amt in [5, 10, 49.99, 100, 1000]:
    print(f"  {amt:>8} -> {rates[bisect.bisect_right(breaks, amt)]:>4} (left={bisect.bisect_left(breaks, amt)})")
srt = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(srt, v)
print(srt)

print("--- largest lines (heapq)")
print([ln.sku for ln in heapq.nlargest(3, lines, key=lambda l: l.total.amount)])
print([ln.sku for ln in heapq.nsmallest(2, lines, key=attrgetter("qty"))])
h = [(ln.total.amount, ln.sku) for ln in lines]
heapq.heapify(h)
print([heapq.heappop(h)[1] for _ in range(3)], heapq.heappushpop(h, (Decimal(0), "Z")))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))

rows = [("a", 3), ("b", 1), ("c", 2)]
print(sorted(rows, key=itemgetter(1)), list(map(methodcaller("upper"), ["x", "y"])))
print(list(islice(chain.from_iterable([[1, 2], [3], [4, 5, 6]]), 1, 5)))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print("{name}: {qty} @ {price}".format_map({"name": "pen", "qty": 2, "price": Money(1.5)}))


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"

print("{a} {b} {c}".format_map(Defaulting(a=1)))
