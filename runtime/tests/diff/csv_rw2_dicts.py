# csv: Dialect validation errors, DictReader fieldnames/line_num, DictWriter.writerows
# with generators, Sniffer delimiter choice.
import csv, io

class Bad(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
class Worse(Bad):
    delimiter = "::"
for cls in (Bad, Worse, csv.Dialect):
    try:
        d = cls()
        print(cls.__name__, "ok", d._valid, "_valid" in vars(d))
    except csv.Error as e:
        print(cls.__name__, type(e).__name__, e)

src = "\n\na,b,c\n1,2\n\n3,4,5,6\n7,8,9\n"
r = csv.DictReader(io.StringIO(src))
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, r.line_num, list(r))
r = csv.DictReader(io.StringIO("x,y\n1,2\n"), fieldnames=["p"], restkey="more")
print(list(r), r.line_num)
r = csv.DictReader(io.StringIO("1,2\n"))
r.fieldnames = ["u", "v", "w"]
print(list(r))

out = io.StringIO()
w = csv.DictWriter(out, ["a", "b"], restval="-", lineterminator="\n")
w.writeheader()
print(w.writerow({"a": 1}))
w.writerows(({"a": i, "b": i * i} for i in range(3)))
w.writerows([])
print(repr(out.getvalue()))
try:
    w.writerows([{"a": 1}, {"zz": 2, "yy": 3}])
except ValueError as e:
    print(type(e).__name__, "dict contains fields not in fieldnames" in str(e))
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ["a"], extrasaction="Nope")
except ValueError as e:
    print(type(e).__name__, e)
w = csv.DictWriter(out, ["a"], extrasaction="IGNORE")
print(w.extrasaction)

s = csv.Sniffer()
for sample in ("a,b;c\nd,e;f\ng,h;i\n", "a;b,c\nd;e,f\n", "a|b|c\nd|e|f\n",
               "a:b x\nc:d y\n", "name age\nbob 3\n", "'a','b'\n'c','d'\n",
               '"x";"y"\n"1";"2"\n', "a, b, c\n1, 2, 3\n", "a\tb,c\td,e\n1\t2,3\t4,5\n"):
    try:
        d = s.sniff(sample)
        print(repr(sample[:12]), repr(d.delimiter), repr(d.quotechar), d.skipinitialspace,
              d.doublequote)
    except csv.Error as e:
        print(repr(sample[:12]), type(e).__name__, e)
print(repr(s.sniff("a;b,c\nd;e,f\n", delimiters=",").delimiter))
s.preferred = [";", ","]
print(repr(s.sniff("a,b;c\nd,e;f\ng,h;i\n").delimiter))
print(s.has_header("name,age\nbob,30\nann,41\n"), s.has_header("1,2\n3,4\n"))
