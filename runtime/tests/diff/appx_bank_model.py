from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from decimal import Decimal
import json


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    CLOSE = auto()
    ADMIN = READ | WRITE | CLOSE


class Tier(IntEnum):
    BASIC = 1
    SILVER = 2
    GOLD = 3


@unique
class TxKind(Enum):
    DEPOSIT = "dep"
    WITHDRAW = "wd"
    FEE = "fee"

    @property
    def sign(self):
        return -1 if self in (TxKind.WITHDRAW, TxKind.FEE) else 1


@dataclass(frozen=True, order=True)
class Tx:
    seq: int
    kind: TxKind = field(compare=False)
    amount: Decimal = field(compare=False)
    memo: str = field(default="", compare=False, repr=False)


@dataclass
class Account:
    owner: str
    tier: Tier = Tier.BASIC
    perms: Perm = Perm.READ
    history: list[Tx] = field(default_factory=list)
    _: KW_ONLY
    overdraft: Decimal = Decimal("0")
    opening: InitVar[Decimal | None] = None

    def __post_init__(self, opening):
        if opening:
            self.post(TxKind.DEPOSIT, opening, "opening")

    @property
    def balance(self) -> Decimal:
        return sum((t.kind.sign * t.amount for t in self.history), Decimal("0"))

    def post(self, kind, amount, memo=""):
        amount = Decimal(amount)
        if kind is TxKind.WITHDRAW:
            if Perm.WRITE not in self.perms:
                raise PermissionError(f"{self.owner} cannot withdraw ({self.perms!r})")
            if self.balance - amount < -self.overdraft:
                raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        tx = Tx(len(self.history) + 1, kind, amount, memo)
        self.history.append(tx)
        return tx


acct = Account("alice", Tier.GOLD, Perm.READ | Perm.WRITE, opening=Decimal("100.00"))
acct.post(TxKind.WITHDRAW, "30.25", "groceries")
acct.post(TxKind.FEE, "1.50")
print(acct.balance, repr(acct.balance))
print(acct)
try:
    acct.post(TxKind.WITHDRAW, "500")
except ValueError as e:
    print("ValueError:", e)

bob = Account("bob", overdraft=Decimal("20"))
bob.post(TxKind.DEPOSIT, 5)
try:
    bob.post(TxKind.WITHDRAW, 10)
except PermissionError as e:
    print("PermissionError:", e)
bob.perms |= Perm.WRITE
bob.post(TxKind.WITHDRAW, 10)
print("bob:", bob.balance, bob.perms, Perm.WRITE in bob.perms, Perm.CLOSE in bob.perms)

t = acct.history[1]
try:
    t.amount = Decimal(0)
except dataclasses.FrozenInstanceError as e:
    print("frozen:", type(e).__name__, e)
t2 = replace(t, seq=99, memo="changed")
print(t2, t2 < t, t == replace(t, amount=Decimal(1)), hash(t) == hash(replace(t, memo="x")))
print(sorted([t2, t, acct.history[0]]))
print(asdict(t2))
print(astuple(acct.history[0]))
print([f.name for f in fields(Account)])
print([(f.name, f.kw_only) for f in fields(Account)])
d = asdict(acct)
print(sorted(d), d["tier"], type(d["history"][0]).__name__)


def enc(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, Enum):
        return o.name
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps(asdict(acct), default=enc, indent=2, sort_keys=True))
try:
    json.dumps({"x": {1, 2}}, default=enc)
except TypeError as e:
    print("TypeError:", e)

print(list(Perm), len(Perm))
print(list(Perm.ADMIN), Perm.ADMIN.name, (Perm.READ | Perm.CLOSE).name)
print(Perm(0), bool(Perm(0)), ~Perm.READ, Perm(5))
print(repr(Perm.READ | Perm.WRITE), str(Perm.READ | Perm.WRITE))
print(Tier.GOLD > Tier.SILVER, Tier.GOLD + 1, Tier(2), Tier["BASIC"], int(Tier.GOLD))
print(f"{Tier.GOLD}", f"{Tier.GOLD:>6}", str(Tier.GOLD), repr(Tier.GOLD), format(Tier.SILVER, "03d"))
print(f"{TxKind.FEE}", repr(TxKind.FEE), TxKind("wd"), TxKind.FEE.value)
print([m.name for m in TxKind], list(TxKind.__members__))
try:
    TxKind("bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    Tier(7)
except ValueError as e:
    print("ValueError:", e)


class Color(IntFlag):
    R = 4
    G = 2
    B = 1

print(Color.R | Color.B, Color(7), repr(Color(6)), Color.R | 8, Color(0))
print(sorted(Tier, reverse=True), max(Tier), Tier.GOLD in Tier.__members__.values())

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("unique:", e)


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

p = Point(3)
print(p, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Account()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3))
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="q"))], frozen=True)
print(Dyn(1), Dyn(2, "z") == Dyn(2, "z"))
