import csv
import io

data = '''name,dept,salary,start
Alice,Eng,120000,2019-03-01
Bob,Sales,"85,000",2020-07-15
"Carol, Jr.",Eng,135000,2018-01-20
Dan,Ops,70000,2021-11-30
Eve,"Sales ""East""",91000,2017-05-05
'''

rows = list(csv.reader(io.StringIO(data)))
print(len(rows), rows[0])
for r in rows[1:]:
    print(r)

reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
by_dept = {}
for rec in reader:
    sal = int(rec["salary"].replace(",", ""))
    by_dept.setdefault(rec["dept"], []).append((rec["name"], sal))
for dept in sorted(by_dept):
    people = by_dept[dept]
    total = sum(s for _, s in people)
    print(f"{dept:>14}: n={len(people)} total={total:>9,} avg={total / len(people):,.2f}")

out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "text", "value"])
w.writerow([1, "plain", 1.5])
w.writerow([2, "has,comma", None])
w.writerow([3, 'has "quote"', -0.0])
w.writerow([4, "multi\nline", True])
print(repr(out.getvalue()))

out = io.StringIO()
w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerows([["a", 1], ["b;c", 2]])
print(out.getvalue(), end="")

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="|")
w.writerow(["x", 1, 2.5, "y"])
print(out.getvalue())
back = list(csv.reader(io.StringIO('"x",1,2.5,"y"'), quoting=csv.QUOTE_NONNUMERIC))
print(back)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["k", "v"], lineterminator="\n")
dw.writeheader()
dw.writerows([{"k": "one", "v": 1}, {"k": "two"}])
print(out.getvalue(), end="")
try:
    dw.writerow({"k": 1, "zz": 2})
except ValueError as e:
    print("ValueError:", e)

tsv = "a\tb\tc\n1\t2\t3\n"
for r in csv.reader(io.StringIO(tsv), delimiter="\t"):
    print(r)
print(list(csv.reader(["x, y ,z"], skipinitialspace=True)))
print(list(csv.reader(['a,"b,c"', '', 'd'])))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
d = csv.excel
print(d.delimiter, repr(d.quotechar), repr(d.lineterminator), d.doublequote)
