"""Invoice report rendering with __format__, __repr__ and __str__ on custom types."""
from decimal import Decimal
from fractions import Fraction
import datetime


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = Decimal(amount)
        self.currency = currency

    def __format__(self, spec):
        # spec: [sym|code][,][width]  e.g. "sym,12" or "code"
        style, _, rest = spec.partition(":")
        text = f"{self.amount:,.2f}" if "," in style else f"{self.amount:.2f}"
        if style.startswith("sym"):
            text = {"EUR": "€", "USD": "$", "GBP": "£"}.get(self.currency, "?") + text
        elif style.startswith("code") or not style:
            text = f"{text} {self.currency}"
        else:
            raise ValueError(f"Invalid format specifier {spec!r} for Money")
        return format(text, rest) if rest else text

    def __str__(self):
        return format(self, "code")

    def __repr__(self):
        return f"Money({str(self.amount)!r}, {self.currency!r})"

    def __add__(self, other):
        if isinstance(other, Money) and other.currency == self.currency:
            return Money(self.amount + other.amount, self.currency)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, qty):
        if isinstance(qty, Fraction):
            qty = Decimal(qty.numerator) / Decimal(qty.denominator)
        return Money(self.amount * qty, self.currency)

    __rmul__ = __mul__


class Line:
    def __init__(self, sku, desc, qty, unit):
        self.sku, self.desc, self.qty, self.unit = sku, desc, qty, unit

    @property
    def total(self):
        return self.unit * self.qty

    def __repr__(self):
        return f"Line({self.sku!r}, qty={self.qty!r})"

    def __str__(self):
        return f"{self.sku}: {self.desc}"


class Percent(float):
    def __format__(self, spec):
        return super().__format__(spec or ".1%")

    def __repr__(self):
        return f"Percent({float(self)!r})"


class Sku(str):
    def __str__(self):
        return f"SKU-{self.upper()}"

    def __repr__(self):
        return f"Sku({super().__repr__()})"


lines = [
    Line(Sku("a12"), "Widget, large", 3, Money("19.99")),
    Line(Sku("b7"), "Gadget", Fraction(5, 2), Money("4.10")),
    Line(Sku("zz9"), "Thingamajig with a very long description", 12, Money("1234.5")),
]
print(lines)
print([str(l) for l in lines])
issued = datetime.date(2024, 2, 29)
print(f"{'INVOICE':=^60}")
print(f"Date: {issued:%A %d %B %Y} | due {issued + datetime.timedelta(days=30):%Y-%m-%d}")
print(f"{'SKU':<10}{'Description':<24}{'Qty':>6}{'Unit':>10}{'Total':>12}")
for l in lines:
    desc = l.desc if len(l.desc) <= 22 else l.desc[:21] + "…"
    print(f"{str(l.sku):<10}{desc:<24}{float(l.qty):>6.1f}{l.unit:sym:>10}{l.total:sym,:>12}")
subtotal = sum(l.total for l in lines)
vat = Percent(0.21)
print(f"{'Subtotal':>50}{subtotal:sym,:>12}")
print(f"{'VAT ' + format(vat):>50}{subtotal * Decimal(str(float(vat))):sym,:>12}")
print(f"{'Total':>50}{subtotal * Decimal('1.21'):code,:>14}")
print(f"{vat} {vat:.3%} {vat!r} {vat!s} {Percent(1):>8}")
print(f"{Sku('q1')} {Sku('q1')!r} {Sku('q1'):>8} {Sku('q1')!s:>10} {'%s|%r' % (Sku('x'), Sku('x'))}")
print(str(subtotal), repr(subtotal), f"{subtotal}", f"{subtotal!r}", "{0:sym} {0:code}".format(subtotal))
print(repr(lines[1].qty), str(lines[1].qty), f"{lines[1].qty}", f"{float(lines[1].qty):.3f}")
for bad in ("xyz", "sym:>>"):
    try:
        print(format(subtotal, bad))
    except ValueError as e:
        print("ValueError:", e)
print(f"{12345.678:_>15,.1f}|{-42:+06d}|{42:#x}|{42:#o}|{0.000123:.2e}|{1e21:g}|{3.0:g}|{True:d}|{True}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{'x':*^5}|{123:=+8}|{-0.0:+.1f}|{float('inf'):>6}")
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{0[1]}-{1[k]}".format("ab", {"k": "v"}), "{.imag}".format(3j))
print("%-6s|%6.2f|%03d|%x|%r|%c|%%|%5s" % ("ab", 2.5, 7, 255, "q", 65, None))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
width = 7
print(f"{'nested':{'^'}{width + 3}}", f"{3.14159:.{width - 4}f}", f"{{literal}}", f"{'a' 'b'}")
print(repr(Decimal("1.10")), str(Decimal("1E+3")), f"{Decimal('1234.5'):,}", Decimal("2.50") * 2)
print(repr(Fraction(3, 4)), f"{Fraction(1, 3)}", f"{str(Fraction(1, 3)):>6}", float(Fraction(1, 3)))
try:
    print(f"{Fraction(1, 3):>6}")
except TypeError as e:
    print("TypeError:", e)
print(repr(datetime.datetime(2024, 1, 2, 3, 4)), str(datetime.time(5, 6, 7, 800)), repr(datetime.timedelta(hours=25, microseconds=3)))
print(f"{datetime.datetime(2024, 1, 2, 13, 4):%I:%M %p %j %U %a}", format(datetime.date(2024, 3, 1)), f"{datetime.date(2024, 3, 1):>12}")
