"""Monthly sales reporting: csv in/out, string.Template, pprint, calendar, statistics,
enum.verify and keyword-only dataclass fields."""
import calendar
import csv
import dataclasses
import io
import pprint
import statistics
from dataclasses import KW_ONLY, dataclass, field
from enum import CONTINUOUS, NAMED_FLAGS, UNIQUE, Flag, IntEnum, StrEnum, auto, unique, verify
from string import Template

RAW = """\
date,region,rep,units,unit_price,channel
2024-02-01,north,ann,12,9.5,web
2024-02-03,south,bob,3,120,store
2024-02-03,north,cy,7,9.5,web
2024-02-10,east,"dee, jr.",1,999.99,phone
2024-02-14,south,bob,25,4.25,"web"
2024-02-29,north,ann,8,"12.00",store
2024-02-29,west,eve,,5,web
"""


@verify(UNIQUE, CONTINUOUS)
class Quarter(IntEnum):
    Q1 = 1
    Q2 = 2
    Q3 = 3
    Q4 = 4


@unique
class Channel(StrEnum):
    WEB = auto()
    STORE = auto()
    PHONE = auto()


@verify(NAMED_FLAGS)
class Alert(Flag):
    LOW_UNITS = auto()
    HIGH_VALUE = auto()
    WEEKEND = auto()
    ANY = LOW_UNITS | HIGH_VALUE | WEEKEND


@dataclass
class Sale:
    date: str
    region: str
    rep: str
    _: KW_ONLY
    units: int = 0
    unit_price: float = 0.0
    channel: Channel = Channel.WEB
    alerts: Alert = field(default=Alert(0), compare=False)

    @property
    def value(self):
        return round(self.units * self.unit_price, 2)


def load(text):
    sales, problems = [], []
    for lineno, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            s = Sale(row["date"], row["region"], row["rep"], units=int(row["units"]),
                     unit_price=float(row["unit_price"]), channel=Channel(row["channel"]))
        except ValueError as e:
            problems.append((lineno, str(e)))
            continue
        y, m, d = map(int, s.date.split("-"))
        if s.units < 5:
            s.alerts |= Alert.LOW_UNITS
        if s.value > 500:
            s.alerts |= Alert.HIGH_VALUE
        if calendar.weekday(y, m, d) >= 5:
            s.alerts |= Alert.WEEKEND
        sales.append(s)
    return sales, problems


sales, problems = load(RAW)
print(len(sales), "sales;", "problems:", problems)
for s in sales:
    print(f"{s.date} {s.region:<6} {s.rep:<9} {s.units:>3} x {s.unit_price:>7.2f} = {s.value:>8.2f} "
          f"{s.channel!s:<6} {s.alerts!r}")
try:
    Sale("2024-01-01", "x", "y", 3)
except TypeError as e:
    print("TypeError:", e)

by_region = {}
for s in sales:
    by_region.setdefault(s.region, []).append(s.value)
pprint.pprint(by_region, width=40)
pprint.pprint({"sales": [dataclasses.asdict(s) for s in sales[:2]]}, width=72, sort_dicts=True)
print(pprint.pformat(list(range(25)), compact=True, width=30))
print(pprint.pformat({"deep": {"er": {"est": [1, {"x": "y" * 30}]}}}, depth=2))

values = [s.value for s in sales]
print("mean   %.3f" % statistics.mean(values))
print("median", statistics.median(values), "low", statistics.median_low(values), "high", statistics.median_high(values))
print("stdev  %.4f pstdev %.4f" % (statistics.stdev(values), statistics.pstdev(values)))
print("quartiles", [round(q, 2) for q in statistics.quantiles(values, n=4)])
print("mode", statistics.mode(s.region for s in sales), statistics.multimode(s.rep for s in sales))
print("fmean", statistics.fmean([s.units for s in sales], weights=None) if False else statistics.fmean(s.units for s in sales))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "total", "note"])
for region, vals in sorted(by_region.items()):
    writer.writerow([region, f"{sum(vals):.2f}", 'says "hi", ok' if region == "east" else ""])
print(out.getvalue(), end="")
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["rep", "units"], quoting=csv.QUOTE_ALL, lineterminator="\n")
dw.writeheader()
dw.writerows({"rep": s.rep, "units": s.units} for s in sales[:3])
print(out.getvalue(), end="")
rows = list(csv.reader(io.StringIO("a|b|'c|d'\n1|2|3\n"), delimiter="|", quotechar="'"))
print(rows, csv.QUOTE_MINIMAL, csv.list_dialects() and "dialects", csv.excel.delimiter)

tmpl = Template("Dear $name,\nyour $month total is $$${total}. Rep: ${rep}.")
for region, vals in sorted(by_region.items())[:2]:
    print(tmpl.substitute(name=region.title(), month=calendar.month_name[2], total=f"{sum(vals):,.2f}",
                          rep="n/a"))
print(tmpl.safe_substitute(name="X"))
try:
    tmpl.substitute(name="Y")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)

print(calendar.month(2024, 2, w=3))
print(calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.leapdays(2000, 2025))
print([calendar.day_name[d] for d in range(7)][:3], calendar.month_abbr[12], list(calendar.Calendar().itermonthdays(2024, 2))[:7])
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatweekheader(3), cal.formatmonthname(2024, 2, 20, withyear=True), sep="\n")
print(list(Quarter), Quarter(2) + 1, Quarter.Q4.name, [c.value for c in Channel], Channel("store").upper())
print(Alert.ANY, [a.name for a in Alert], Alert.ANY & ~Alert.WEEKEND, Alert.HIGH_VALUE in Alert.ANY)
try:
    @verify(CONTINUOUS)
    class Gappy(IntEnum):
        A = 1
        C = 3
        F = 6
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(UNIQUE)
    class Twice(IntEnum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
