import random
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from collections import namedtuple, defaultdict
from datetime import date, timedelta
from operator import attrgetter, itemgetter
from itertools import groupby
from functools import cached_property, total_ordering
from typing import NamedTuple, Optional

rng = random.Random(606)
FIRST = ["Ava", "Ben", "Cleo", "Dan", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"]
LAST = ["Kim", "Lopez", "Moss", "Ng", "Otto", "Park"]
DEPTS = ["eng", "ops", "sales"]


class Money(NamedTuple):
    cents: int
    currency: str = "EUR"

    def __str__(self):
        return f"{self.cents / 100:,.2f} {self.currency}"

    def __add__(self, other):
        if isinstance(other, Money):
            assert other.currency == self.currency
            return Money(self.cents + other.cents, self.currency)
        return NotImplemented


@dataclass(order=True)
class Employee:
    sort_key: tuple = field(init=False, repr=False, compare=True)
    last: str
    first: str
    dept: str = field(compare=False)
    hired: date = field(compare=False)
    salary: Money = field(compare=False, default=Money(0))
    manager: Optional[str] = field(default=None, compare=False, repr=False)
    skills: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.last.casefold(), self.first.casefold())

    @cached_property
    def tenure_days(self):
        return (date(2024, 1, 1) - self.hired).days

    @property
    def email(self):
        return f"{self.first[0].lower()}.{self.last.lower()}@corp.example"


staff = []
for i in range(18):
    staff.append(Employee(rng.choice(LAST), rng.choice(FIRST), rng.choice(DEPTS),
                          date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000)),
                          Money(rng.randrange(3_000_000, 12_000_000, 50_000)),
                          skills=sorted(rng.sample(["py", "sql", "go", "k8s", "excel"], rng.randint(1, 3)))))
print(staff[0])
print(repr(staff[1].salary), str(staff[1].salary), staff[1].email)

# natural order (dataclass order=True uses sort_key only)
for e in sorted(staff)[:5]:
    print("  ", e.last, e.first, e.dept)

# multi-key: dept asc, salary desc, name asc -- via stable two-pass sort
tmp = sorted(staff, key=attrgetter("last", "first"))
tmp.sort(key=lambda e: e.salary.cents, reverse=True)
tmp.sort(key=attrgetter("dept"))
for dept, grp in groupby(tmp, key=attrgetter("dept")):
    grp = list(grp)
    total = sum((e.salary for e in grp), Money(0))
    print(f"{dept:<6} n={len(grp):<2} total={total!s:>15} top={grp[0].first} {grp[0].last} ({grp[0].salary})")

# tuple key with negation equals two-pass result
alt = sorted(staff, key=lambda e: (e.dept, -e.salary.cents, e.last, e.first))
print("same order:", [id(a) for a in alt] == [id(b) for b in tmp])

# tenure via cached_property
longest = max(staff, key=attrgetter("tenure_days"))
print("longest tenure:", longest.first, longest.last, longest.tenure_days, "days", "cached" if "tenure_days" in vars(longest) else "")

# records -> dicts -> pivot
rows = [asdict(e) for e in staff]
print(sorted(rows[0]))
print(astuple(staff[0])[1:4])
pivot = defaultdict(lambda: defaultdict(int))
for r in rows:
    for s in r["skills"]:
        pivot[s][r["dept"]] += 1
print(f"{'skill':<7}" + "".join(f"{d:>6}" for d in DEPTS))
for s in sorted(pivot):
    print(f"{s:<7}" + "".join(f"{pivot[s][d]:>6}" for d in DEPTS))

# raises
raised = [replace(e, salary=Money(round(e.salary.cents * 1.05, -2))) for e in staff if e.dept == "eng"]
print([str(e.salary) for e in raised[:3]])
print([f.name for f in fields(Employee) if f.compare], Employee.__dataclass_params__.order if hasattr(Employee, "__dataclass_params__") else None)

# dedupe by (first,last) keeping highest salary
best = {}
for e in staff:
    k = (e.first, e.last)
    if k not in best or e.salary.cents > best[k].salary.cents:
        best[k] = e
print("unique names:", len(best), "of", len(staff))
dups = sorted(k for k in best if sum(1 for e in staff if (e.first, e.last) == k) > 1)
print("dups:", dups)

Point = namedtuple("Point", ["lat", "lon"])
offices = {"HQ": Point(59.91, 10.75), "Lab": Point(48.85, 2.35), "Ops": Point(52.52, 13.40)}
print(sorted(offices.items(), key=lambda kv: kv[1].lat))
print(max(offices.values()), min(offices, key=lambda k: offices[k].lon), Point(1, 2) < Point(1, 3), Point(*Point(3, 4)))
print(sorted([Money(500), Money(100, "USD"), Money(100)]), Money(1) == (1, "EUR"), Money._fields, Money._field_defaults)


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return f"V{self.s}"

    __hash__ = None


vs = [Version(v) for v in ["1.10.0", "1.2.9", "1.2.10", "0.9", "1.2", "1.10"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2.0"), Version("2") > Version("1.99"))
try:
    hash(vs[0])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([staff[0], "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    Employee("a")
except TypeError as e:
    print("TypeError:", e)
print(staff[0] == replace(staff[0], dept="zzz"), staff[0] == 5, Employee.__eq__(staff[0], 5))
