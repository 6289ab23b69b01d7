# A double-entry bookkeeping ledger using Decimal, dataclasses and defaultdict.
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_EVEN, InvalidOperation
from collections import defaultdict
from enum import Enum
import datetime


class Kind(Enum):
    ASSET = "asset"
    LIABILITY = "liability"
    INCOME = "income"
    EXPENSE = "expense"
    EQUITY = "equity"


CENT = Decimal("0.01")


@dataclass(frozen=True)
class Account:
    name: str
    kind: Kind


@dataclass
class Posting:
    account: Account
    amount: Decimal


@dataclass
class Txn:
    date: datetime.date
    memo: str
    postings: list = field(default_factory=list)

    def add(self, acct, amt):
        self.postings.append(Posting(acct, Decimal(amt).quantize(CENT, ROUND_HALF_EVEN)))
        return self

    def validate(self):
        total = sum((p.amount for p in self.postings), Decimal(0))
        if total != 0:
            raise ValueError(f"unbalanced transaction {self.memo!r}: off by {total}")


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.txns = []

    def account(self, name, kind):
        return self.accounts.setdefault(name, Account(name, kind))

    def post(self, txn):
        txn.validate()
        self.txns.append(txn)

    def balances(self, until=None):
        bal = defaultdict(Decimal)
        for t in self.txns:
            if until and t.date > until:
                continue
            for p in t.postings:
                bal[p.account] += p.amount
        return bal

    def report(self, until=None):
        bal = self.balances(until)
        by_kind = defaultdict(list)
        for acct, amt in bal.items():
            by_kind[acct.kind].append((acct.name, amt))
        for kind in Kind:
            rows = sorted(by_kind.get(kind, []))
            if not rows:
                continue
            print(f"{kind.value.upper():<10}")
            for name, amt in rows:
                print(f"  {name:<20}{amt:>12,.2f}")
            print(f"  {'total':<20}{sum(a for _, a in rows):>12,.2f}")


L = Ledger()
cash = L.account("Cash", Kind.ASSET)
bank = L.account("Bank", Kind.ASSET)
card = L.account("CreditCard", Kind.LIABILITY)
salary = L.account("Salary", Kind.INCOME)
food = L.account("Food", Kind.EXPENSE)
rent = L.account("Rent", Kind.EXPENSE)
opening = L.account("Opening", Kind.EQUITY)
d = datetime.date(2024, 1, 1)
L.post(Txn(d, "open").add(bank, "1000").add(cash, "50.005").add(opening, "-1050.00"))
L.post(Txn(d + datetime.timedelta(days=14), "pay").add(bank, "2500.10").add(salary, "-2500.10"))
L.post(Txn(d + datetime.timedelta(days=15), "rent").add(rent, "1200").add(bank, "-1200"))
for i, amt in enumerate(["12.345", "8.5", "23.999", "4.10"]):
    L.post(Txn(d + datetime.timedelta(days=16 + i), f"lunch {i}").add(food, amt).add(card, "-" + amt))
try:
    L.post(Txn(d, "bad").add(cash, "10").add(food, "-9.99"))
except ValueError as e:
    print("error:", e)
try:
    Txn(d, "x").add(cash, "ten")
except InvalidOperation as e:
    print("invalid amount:", type(e).__name__)
L.report()
print("--- as of", (d + datetime.timedelta(days=16)).isoformat())
L.report(until=d + datetime.timedelta(days=16))
print(len(L.txns), sorted(a.name for a in L.accounts.values()))
print(Decimal("12.345").quantize(CENT), Decimal("12.355").quantize(CENT), Decimal("-0.005").quantize(CENT))
print(Decimal("1.1") + Decimal("2.2"), Decimal("1") / Decimal("8"), Decimal(3).sqrt().quantize(Decimal("0.0001")))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('-5.5'):>10}", str(Decimal("1.500")), repr(Decimal("2.50")))
print((d + datetime.timedelta(weeks=5)).strftime("%Y-%m-%d %A %B %j"), d.weekday(), d.isocalendar()[1])
