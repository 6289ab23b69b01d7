import csv
import io


class Pipe(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = False
    escapechar = "\\"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = True


csv.register_dialect("pipes", Pipe)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
print(sorted(n for n in csv.list_dialects() if n in ("pipes", "semi", "excel", "excel-tab", "unix")))

rows = [
    ["id", "name", "note", "amount"],
    [1, "Alice", "says \"hi\"", 3.5],
    [2, "Bob, Jr.", "multi\nline", -2],
    [3, "", None, 0],
    [4, "O'Neil", "pipe|inside", 1e20],
]

for mode_name in ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE"]:
    mode = getattr(csv, mode_name)
    buf = io.StringIO()
    kwargs = {"quoting": mode, "lineterminator": "\n"}
    if mode == csv.QUOTE_NONE:
        kwargs["escapechar"] = "\\"
    w = csv.writer(buf, **kwargs)
    w.writerows(rows)
    print(f"--- {mode_name}")
    print(buf.getvalue(), end="")
    buf.seek(0)
    back = list(csv.reader(buf, **{k: v for k, v in kwargs.items() if k != "lineterminator"}))
    print([r[1] for r in back])

for name in ("pipes", "semi", "excel-tab", "unix"):
    buf = io.StringIO()
    w = csv.writer(buf, dialect=name)
    w.writerows(rows[1:3])
    print(f"--- {name}: {buf.getvalue()!r}")
    buf.seek(0)
    print(list(csv.reader(buf, dialect=name)))

d = csv.get_dialect("semi")
print(d.delimiter, d.quoting == csv.QUOTE_NONNUMERIC, d.doublequote, repr(d.lineterminator))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("csv.Error:", e)

# DictWriter / DictReader
records = [
    {"sku": "A-1", "qty": 3, "price": "9.99"},
    {"sku": "B-2", "qty": 10},
    {"sku": "C-3", "price": "0.50", "qty": 1},
]
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["sku", "qty", "price"], restval="n/a", lineterminator="\n")
dw.writeheader()
dw.writerows(records)
print(buf.getvalue(), end="")
try:
    dw.writerow({"sku": "X", "colour": "red"})
except ValueError as e:
    print("ValueError:", e)
dw2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
dw2.writerow({"a": 1, "b": 2})
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="drop")
except ValueError as e:
    print("ValueError:", e)

text = "sku,qty,price\nA-1,3,9.99\nB-2,10\nC-3,1,0.50,extra1,extra2\n\nD-4,,\n"
rdr = csv.DictReader(io.StringIO(text), restkey="rest", restval="MISSING")
print(rdr.fieldnames)
for row in rdr:
    print(row, rdr.line_num)
rdr = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["x", "y"])
print([dict(r) for r in rdr])

# reader edge cases
samples = [
    'a,"b ""quoted""",c',
    '  spaced ,  "q" ',
    '"unclosed,field',
    'x,"",y,',
    '"a"b,c',
]
for s in samples:
    for sis in (False, True):
        try:
            print(repr(s), sis, next(csv.reader([s], skipinitialspace=sis)))
        except csv.Error as e:
            print(repr(s), sis, "csv.Error:", e)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("strict:", e)
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print("strict:", e)
r = csv.reader(io.StringIO('"first\nsecond",x\ny,z\n'))
for row in r:
    print(row, r.line_num)
print(list(csv.reader(["1;2;3"], delimiter=";")))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.reader([], delimiter="::")
except TypeError as e:
    print("TypeError:", e)
print(csv.field_size_limit())

sn = csv.Sniffer()
sample = "name;age;city\nann;31;Oslo\nbo;27;Rome\ncy;45;Lima\n"
dia = sn.sniff(sample)
print(repr(dia.delimiter), dia.quotechar, sn.has_header(sample))
sample2 = '"a","b"\n"1","2"\n"3","4"\n'
dia2 = sn.sniff(sample2)
print(repr(dia2.delimiter), repr(dia2.quotechar), dia2.doublequote, sn.has_header(sample2))
try:
    sn.sniff("abc")
except csv.Error as e:
    print("csv.Error:", e)
