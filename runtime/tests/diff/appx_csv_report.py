import csv
import io
import textwrap
from collections import Counter, defaultdict

RAW = """region,rep,product,units,unit_price,date,notes
North,Alice,Widget,12,2.50,2023-01-04,"first order, rush"
South,Bob,Gadget,3,19.99,2023-01-05,
North,Carol,Widget,7,2.50,2023-01-05,"said ""thanks"" twice"
East,Dave,Gizmo,20,5.25,2023-01-06,bulk
South,Bob,Widget,1,2.75,2023-01-07,
West,Eve,Gadget,9,18.00,2023-01-07,"multi
line note"
North,Alice,Gizmo,4,5.00,2023-01-08,
East,Dave,Gadget,2,21.50,2023-01-09,return expected
West,Eve,Widget,15,2.40,2023-01-10,
South,Frank,Gizmo,6,5.10,2023-01-10,   padded   
"""

def load(text):
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        row["units"] = int(row["units"])
        row["unit_price"] = float(row["unit_price"])
        row["total"] = round(row["units"] * row["unit_price"], 2)
        rows.append(row)
    return reader.fieldnames, rows

fields, rows = load(RAW)
print("fields:", fields)
print("rows:", len(rows))
print("line_num sample:", repr(rows[5]["notes"]))

by_region = defaultdict(list)
for r in rows:
    by_region[r["region"]].append(r)

header = f"{'Region':<8}|{'Orders':>7}|{'Units':>6}|{'Revenue':>10}|{'Avg':>8}"
print(header)
print("-" * len(header))
grand = 0.0
for region in sorted(by_region):
    rs = by_region[region]
    units = sum(r["units"] for r in rs)
    rev = sum(r["total"] for r in rs)
    grand += rev
    print(f"{region:<8}|{len(rs):>7d}|{units:>6,}|{rev:>10,.2f}|{rev/len(rs):>8.3f}")
print("=" * len(header))
print(f"{'TOTAL':<8}|{len(rows):>7}|{sum(r['units'] for r in rows):>6}|{grand:>10,.2f}|{'':>8}")

prod_counter = Counter(r["product"] for r in rows)
print("most common:", prod_counter.most_common(2))
units_counter = Counter()
for r in rows:
    units_counter[r["product"]] += r["units"]
print("units:", sorted(units_counter.items()))
print("top rep by revenue:")
rep_rev = Counter()
for r in rows:
    rep_rev[r["rep"]] += r["total"]
for rep, amount in rep_rev.most_common(3):
    print(f"  {rep:.<12}{amount:.>10.2f}")
print("counter arith:", (prod_counter - Counter(Widget=2)) + Counter(Gizmo=1))
print("total():", prod_counter.total())

print("--- notes ---")
for r in rows:
    note = r["notes"]
    if not note.strip():
        continue
    wrapped = textwrap.fill(f"{r['rep']}: {note.strip()}", width=18,
                            initial_indent="* ", subsequent_indent="  ")
    print(wrapped)

long_text = ("The quarterly summary shows that widget sales in the northern "
             "region outpaced every other product line, while gadget returns "
             "remained stubbornly high in the east.")
print(textwrap.shorten(long_text, width=60, placeholder=" [...]"))
print(textwrap.indent(textwrap.fill(long_text, 40), "> ", lambda ln: "widget" in ln or "east" in ln))
print(textwrap.dedent("""\
        alpha
          beta
        gamma
"""), end="")

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["region", "rep", "total", "notes"],
                        extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC)
writer.writeheader()
for r in sorted(rows, key=lambda r: (-r["total"], r["rep"]))[:5]:
    writer.writerow(r)
print(out.getvalue(), end="")

out2 = io.StringIO()
w2 = csv.writer(out2, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
w2.writerow(["a;b", 'quote"d', "plain", 3.0, None, ""])
w2.writerows([[1, 2], ["x\ny", "z"]])
print(out2.getvalue(), end="")
back = list(csv.reader(io.StringIO(out2.getvalue()), delimiter=";"))
print(back)

sniffed = csv.Sniffer().sniff("a|b|c\n1|2|3\n4|5|6\n")
print("sniffed delimiter:", repr(sniffed.delimiter))
print("has header:", csv.Sniffer().has_header("name,age\nann,3\nbob,40\n"))
try:
    list(csv.reader(io.StringIO('a,"b\n'), strict=True))
except csv.Error as e:
    print("csv.Error:", e)
