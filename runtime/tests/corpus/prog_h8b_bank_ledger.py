"""A double-entry ledger with operator overloading on Money."""
from functools import total_ordering
from decimal import Decimal


@total_ordering
class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount, currency="USD"):
        if isinstance(amount, Money):
            amount, currency = amount.cents / 100, amount.currency
        self.cents = int(round(Decimal(str(amount)) * 100))
        self.currency = currency

    @classmethod
    def from_cents(cls, cents, currency="USD"):
        m = cls.__new__(cls)
        m.cents = cents
        m.currency = currency
        return m

    def _check(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
            return other.cents
        if other == 0:
            return 0
        return NotImplemented

    def __add__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return NotImplemented
        return Money.from_cents(self.cents + c, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return NotImplemented
        return Money.from_cents(self.cents - c, self.currency)

    def __rsub__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return NotImplemented
        return Money.from_cents(c - self.cents, self.currency)

    def __mul__(self, k):
        if isinstance(k, (int, Decimal)):
            return Money.from_cents(int(round(self.cents * k)), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.cents / self._check(k)
        if isinstance(k, int):
            return Money.from_cents(self.cents // k, self.currency)
        return NotImplemented

    def __neg__(self):
        return Money.from_cents(-self.cents, self.currency)

    def __abs__(self):
        return Money.from_cents(abs(self.cents), self.currency)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return NotImplemented

    def __lt__(self, other):
        c = self._check(other)
        if c is NotImplemented:
            return NotImplemented
        return self.cents < c

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"Money('{self}')"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}{c // 100}.{c % 100:02d} {self.currency}"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(str(self), spec)

    def split(self, n):
        base, extra = divmod(self.cents, n)
        return [Money.from_cents(base + (1 if i < extra else 0), self.currency) for i in range(n)]


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []

    def open(self, name, kind):
        self.accounts[name] = {"kind": kind, "balance": Money(0)}

    def post(self, memo, *legs):
        total = sum(amount for _, amount in legs)
        if total:
            raise ValueError(f"unbalanced entry {memo!r}: off by {total}")
        for name, amount in legs:
            if name not in self.accounts:
                raise KeyError(name)
            self.accounts[name]["balance"] += amount
        self.journal.append((memo, legs))

    def trial_balance(self):
        for name in sorted(self.accounts):
            acc = self.accounts[name]
            yield name, acc["kind"], acc["balance"]


L = Ledger()
for name, kind in [("cash", "asset"), ("bank", "asset"), ("revenue", "income"),
                   ("rent", "expense"), ("equity", "equity"), ("supplies", "expense")]:
    L.open(name, kind)

entries = [
    ("owner invests", [("bank", Money(5000)), ("equity", Money(-5000))]),
    ("withdraw cash", [("cash", Money("250.50")), ("bank", Money("-250.50"))]),
    ("sale", [("cash", Money(120)), ("revenue", Money(-120))]),
    ("pay rent", [("rent", Money(1200)), ("bank", Money(-1200))]),
    ("buy supplies", [("supplies", Money("33.33")), ("cash", Money("-33.33"))]),
    ("bad", [("cash", Money(10)), ("revenue", Money(-9))]),
    ("ghost", [("ghost", Money(1)), ("cash", Money(-1))]),
    ("eur", [("cash", Money(1, "EUR")), ("bank", Money(-1))]),
]
for memo, legs in entries:
    try:
        L.post(memo, *legs)
        print(f"posted {memo}")
    except ValueError as e:
        print(f"rejected: {e}")
    except KeyError as e:
        print(f"unknown account {e}")

for name, kind, bal in L.trial_balance():
    print(f"{name:10}|{kind:8}|{bal:>14}|")
print("journal", len(L.journal))
print(sum(b for _, _, b in L.trial_balance()))

m = Money("10.00")
print(m * 3, 3 * m, m / 3, m / Money(4), -m, abs(-m), bool(Money(0)))
print(m.split(3), sum(m.split(3)) == m)
print(Money("0.1") + Money("0.2") == Money("0.3"))
print(sorted([Money(3), Money(-1), Money("2.5")]))
print(max(Money(1), Money(2)), Money(1) <= Money(1), Money(2) > Money(1))
print(Money(5) == 5, Money(0) == 0, 0 + Money(5), Money(5) - 0, 0 - Money(5))
print({Money(1), Money("1.00"), Money(1, "EUR")} == {Money(1), Money(1, "EUR")})
for bad in [lambda: m + 1, lambda: m * 1.5, lambda: m < 3, lambda: "x" - m, lambda: m / "2"]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Money(Decimal("19.999")), Money(Money(7, "GBP")))
try:
    m.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Money.__slots__, hasattr(m, "__dict__"))
