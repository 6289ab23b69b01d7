"""An order-tracking domain model built from dataclasses and enums."""
import enum
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, FrozenInstanceError
from decimal import Decimal


class Status(enum.Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"
    VOID = "cancelled"  # alias

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() != value:
            return cls(value.lower())
        return None

    @property
    def terminal(self):
        return self in (Status.SHIPPED, Status.CANCELLED)


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    REFUND = enum.auto()
    CLERK = READ | WRITE
    ADMIN = CLERK | REFUND


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 5
    URGENT = 10


class Region(enum.StrEnum):
    EU = enum.auto()
    US = enum.auto()


class Carrier(enum.Enum):
    _ignore_ = "speed tier_"
    POST = (1, "Postal")
    COURIER = (2, "Courier")
    for speed in (1, 2):  # scratch variables of the class body, not members
        tier_ = f"tier {speed}"

    def __init__(self, code, label):
        self.code, self.label = code, label


@dataclass(frozen=True, order=True)
class Sku:
    family: str
    number: int

    def __str__(self):
        return f"{self.family}-{self.number:04d}"


@dataclass
class Line:
    sku: Sku
    qty: int = 1
    unit: Decimal = Decimal("0.00")

    @property
    def total(self):
        return self.unit * self.qty


@dataclass(order=True)
class Order:
    sort_key: tuple = field(init=False, repr=False)
    number: int
    lines: list = field(default_factory=list, compare=False)
    _: KW_ONLY
    status: Status = Status.NEW
    priority: Priority = Priority.NORMAL
    region: Region = Region.EU
    discount: InitVar[Decimal] = Decimal(0)
    notes: list = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self, discount):
        self.sort_key = (-self.priority, self.number)
        self.discount_applied = discount
        if discount < 0:
            raise ValueError(f"order {self.number}: negative discount {discount}")

    @property
    def total(self):
        return sum((l.total for l in self.lines), Decimal(0)) - self.discount_applied


orders = [
    Order(3, [Line(Sku("BOLT", 7), 100, Decimal("0.05")), Line(Sku("NUT", 12), 100, Decimal("0.02"))]),
    Order(1, [Line(Sku("SAW", 1), 1, Decimal("24.99"))], priority=Priority.URGENT, discount=Decimal("5")),
    Order(2, [], status=Status("PAID"), region=Region.US),
    Order(4, [Line(Sku("AXE", 2), 2, Decimal("40"))], priority=Priority.URGENT),
]
for o in sorted(orders):
    print(o, o.total, o.status.terminal)
print([o.number for o in sorted(orders, key=lambda o: (o.region, o.number))])
print(orders[1] == Order(1, priority=Priority.URGENT), orders[0] < orders[2], orders[0] == orders[0])
try:
    Order(9, discount=Decimal("-1"))
except ValueError as e:
    print("ValueError", e)
try:
    Order(9, [], Status.NEW)
except TypeError as e:
    print("TypeError", e)

print("== dataclass helpers")
o = orders[0]
print(asdict(o)["lines"][0], astuple(o.lines[1]))
print([(f.name, f.init, f.compare, f.kw_only) for f in fields(o)])
copy = replace(o, number=30, status=Status.SHIPPED, discount=Decimal("1"))
print(copy.number, copy.status, copy.total, copy.lines is o.lines, o.number)
sku = Sku("SAW", 1)
try:
    sku.number = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(str(sku), repr(sku), hash(sku) == hash(Sku("SAW", 1)), sorted([Sku("B", 2), Sku("A", 9), Sku("B", 1)]))
print(sku < Sku("SAW", 2), replace(sku, number=5), {sku: "known"}[Sku("SAW", 1)])
try:
    Sku("A", 1) < ("A", 1)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Audit(Line):
    by: str = "system"
    tags: list = field(default_factory=lambda: ["audit"])


a = Audit(Sku("X", 1), by="ann")
print(a, a.total, Audit.__mro__[1].__name__, a == Line(Sku("X", 1)))
try:
    @dataclass
    class Broken:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Broken2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)

print("== enums")
print(Status("shipped"), Status("SHIPPED"), Status.VOID is Status.CANCELLED, list(Status), len(Status))
print(Status.__members__["VOID"], [m.name for m in Status], Status.PAID.value)
try:
    Status("lost")
except ValueError as e:
    print("ValueError", e)
print(Perm.CLERK, Perm.ADMIN, Perm.READ | Perm.REFUND, Perm.ADMIN & ~Perm.WRITE, Perm(0), bool(Perm(0)))
print(Perm.READ in Perm.CLERK, Perm.REFUND in Perm.CLERK, list(Perm.ADMIN), len(Perm.ADMIN), Perm(6))
print(repr(Perm.CLERK), repr(Perm(5)), Perm.CLERK.name, (Perm.READ | Perm.REFUND).name)
print(Priority.URGENT > Priority.LOW, Priority.URGENT - 1, sorted([Priority.URGENT, 3, Priority.LOW]), f"{Priority.LOW:>4}", Priority(5).name)
print(Region.EU, Region.US.upper(), Region("us") is Region.US, f"[{Region.EU}]", Region.EU == "eu", repr(Region.EU))
print(Carrier.POST.label, Carrier((2, "Courier")), [c.code for c in Carrier], hasattr(Carrier, "speed"), hasattr(Carrier, "tier_"), len(Carrier))
Dyn = enum.Enum("Dyn", "ALPHA BETA GAMMA", start=0)
print(list(Dyn), Dyn.GAMMA.value, Dyn(1).name)
for bad in (lambda: Status.NEW < Status.PAID, lambda: setattr(Status, "NEW", 3), lambda: Perm(64)):
    try:
        print(bad())
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
counts = {}
for o in orders:
    counts[o.status] = counts.get(o.status, 0) + 1
print(counts, {p: p.value for p in Priority})
