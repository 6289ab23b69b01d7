# csv: DictReader (blank lines, restkey/restval, line_num, late fieldnames), DictWriter (extras, header), Dialect validation, Sniffer's dialect class.
import csv, io
data = "name,age,city\r\n\r\nann,30,Oslo\r\nbob,25\r\ncid,40,Rome,extra,more\r\n\r\n\r\ndee,1,X\r\n"
r = csv.DictReader(io.StringIO(data), restkey="REST", restval="?")
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r2 = csv.DictReader(io.StringIO(""))
print(r2.fieldnames, list(r2))
r3 = csv.DictReader(io.StringIO("1;2\n3;4\n"), fieldnames=["a", "b"], delimiter=";")
print(list(r3), r3.line_num)
r3.fieldnames = ["x"]
print(r3.fieldnames)
out = io.StringIO()
w = csv.DictWriter(out, ["a", "b", "c"], restval="-")
print(w.writeheader(), w.writerow({"a": 1, "c": 'q"x'}), w.writerows([{"b": 2}, {"a": "x,y"}]))
print(repr(out.getvalue()))
try:
    w.writerow({"a": 1, "zz": 2, "yy": 3})
except ValueError as e:
    print("ValueError", sorted(str(e).split(": ")[1].split(", ")))
wi = csv.DictWriter(io.StringIO(), ["a"], extrasaction="IGNORE")
print(wi.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="drop")
except ValueError as e:
    print(e)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)
class Semi(csv.Dialect):
    delimiter = ";"; quotechar = '"'; doublequote = True; skipinitialspace = False
    lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL
d = Semi()
print(d._valid, vars(d), csv.Dialect._valid)
class BadD(csv.Dialect):
    delimiter = ";;"
try:
    BadD()
except csv.Error as e:
    print("Error", e)
sn = csv.Sniffer().sniff("a;b;c\n1;2;3\n4;5;6\n")
print(sn, sn.delimiter, sn.quotechar, sn.doublequote, sn.skipinitialspace, repr(sn.lineterminator), sn.quoting, sn._name)
sn2 = csv.Sniffer().sniff('"x", "y"\n"1", "2"\n')
print(sn2.delimiter, sn2.quotechar, sn2.skipinitialspace, csv.Sniffer().has_header("name,age\nann,30\nbob,25\n"))
try:
    csv.Sniffer().sniff("")
except csv.Error as e:
    print("Error", e)
