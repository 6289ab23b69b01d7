import csv
import io
import random
from collections import defaultdict
from operator import itemgetter

rng = random.Random(31)
RAW = '''id,name,dept,salary,start,notes
1,"Smith, John",Engineering,85000,2019-04-01,"likes ""tabs"""
2,Jane Doe,Marketing,62000,2020-11-15,
3,"O'Brien, Pat",Engineering,91000,2018-01-20,"multi
line note"
4,Li Wei,Sales,55000,2021-06-30,remote
5,  Ana Ruiz ,Sales,58000,2017-09-09, part-time
'''

reader = csv.DictReader(io.StringIO(RAW))
print(reader.fieldnames)
rows = list(reader)
for r in rows:
    print(r["id"], repr(r["name"]), r["dept"], r["salary"], repr(r["notes"]), reader.line_num)

# add generated rows
for i in range(6, 20):
    rows.append({"id": str(i), "name": f"Emp{i:03d}", "dept": rng.choice(["Engineering", "Sales", "Marketing", "Ops"]),
                 "salary": str(rng.randrange(40000, 120000, 500)), "start": f"20{rng.randint(10, 23)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                 "notes": rng.choice(["", "contractor", "on leave; back in May", 'said "hi"'])})

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "name", "dept", "salary", "notes"], extrasaction="ignore",
                   quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
for r in rows[:6]:
    w.writerow({**r, "salary": int(r["salary"]), "id": int(r["id"])})
print(out.getvalue())

for q, name in [(csv.QUOTE_MINIMAL, "minimal"), (csv.QUOTE_ALL, "all"), (csv.QUOTE_NONE, "none")]:
    buf = io.StringIO()
    wr = csv.writer(buf, quoting=q, escapechar="\\", lineterminator="\n")
    wr.writerow(["a,b", 'q"x', 3, 4.5, None, ""])
    print(name, repr(buf.getvalue()))

buf = io.StringIO()
wr = csv.writer(buf, delimiter="\t", lineterminator="|\n")
wr.writerows([[1, "tab\there"], ["x y", "multi\nline"]])
print(repr(buf.getvalue()))

# aggregate by dept
by_dept = defaultdict(list)
for r in rows:
    by_dept[r["dept"]].append(int(r["salary"]))
print(f"{'dept':<12}|{'n':^5}|{'avg':>10}|{'min':>8}|{'max':>8}")
for dept, sal in sorted(by_dept.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
    print(f"{dept:<12}|{len(sal):^5}|{sum(sal) / len(sal):>10,.1f}|{min(sal):>8,}|{max(sal):>8_}")

# pivot dept x start year
pivot = defaultdict(lambda: defaultdict(int))
for r in rows:
    pivot[r["dept"]][r["start"][:4]] += 1
years = sorted({y for d in pivot.values() for y in d})
print("dept".ljust(12) + "".join(y.rjust(6) for y in years))
for d in sorted(pivot):
    print(d.ljust(12) + "".join(str(pivot[d].get(y, "-")).rjust(6) for y in years))

# reader with dialect options
TSV = "name\tscore\n'al\tpha'\t3\nbeta\t  4\n\ngamma\t5\t extra\n"
r2 = csv.DictReader(io.StringIO(TSV), delimiter="\t", quotechar="'", skipinitialspace=True, restkey="rest", restval="NA")
for row in r2:
    print(dict(row))
r3 = csv.DictReader(io.StringIO("a,b,c\n1,2\n"), restval="?")
print(list(r3))
print(list(csv.reader(["x,'y,z'", ' p , "q" '], quotechar="'")))
print(list(csv.reader(io.StringIO('1;2;"3;4"\n'), delimiter=";")))

sn = csv.Sniffer()
sample = "a;b;c\n1;2;3\n4;5;6\n"
dia = sn.sniff(sample)
print("sniffed:", repr(dia.delimiter), sn.has_header("name,age\nbob,3\nal,4\n"))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["a|b", "c"])
print(repr(buf.getvalue()), sorted(csv.list_dialects())[:4])
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
try:
    list(csv.reader(io.StringIO('a,"b\n'), strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "zz": 2})
except ValueError as e:
    print("ValueError:", e)
top = sorted(rows, key=lambda r: (r["dept"], -int(r["salary"])))
print([(r["dept"][:3], r["salary"]) for r in top[:8]])
