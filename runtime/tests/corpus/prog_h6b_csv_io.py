import csv
import io

raw = ('name,age,city,notes\n'
       'Alice,30,"New York, NY","likes ""quotes"""\n'
       'Bob,25,Boston,\n'
       '"Carol, Jr.",41,Chicago,"multi\nline"\n')
rows = list(csv.reader(io.StringIO(raw)))
for r in rows:
    print(r)
reader = csv.DictReader(io.StringIO(raw))
print(reader.fieldnames)
people = list(reader)
for p in people:
    print(dict(p))
print(sum(int(p["age"]) for p in people) / len(people))

out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "value", "comment"])
w.writerows([[1, 3.5, "plain"], [2, None, "has,comma"], [3, "", 'has "quote"'], [4, True, "new\nline"]])
print(repr(out.getvalue()))

out = io.StringIO()
w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["a", 1, None])
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["a", 1, 2.5, None])
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n", quotechar="'")
w.writerow(["it's", "fine"])
print(out.getvalue(), end="")
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", "c"])
print(out.getvalue(), end="")

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "score"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"name": "x", "score": 1, "junk": 2})
dw.writerows([{"name": "y"}, {"score": 5, "name": "z"}])
print(out.getvalue().replace("\r\n", "|"))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)

tsv = "x\ty\n1\t2\n3\t4\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
print(list(csv.reader(io.StringIO(tsv), dialect="excel-tab")))
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="NA")))
print(list(csv.reader(["  a,  b", "c ,d"], skipinitialspace=True)))
print(list(csv.reader(['1,"2",3'], quoting=csv.QUOTE_NONNUMERIC)))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["a|b|'c|d'"], "pipes", quotechar="'")), csv.list_dialects()[:0], "pipes" in csv.list_dialects())
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.lineterminator == "\r\n", d.doublequote)
try:
    list(csv.reader(['a,"b']))
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(['a,"b'], strict=False)))
sn = csv.Sniffer()
sample = "id;name;score\n1;ann;3.5\n2;bob;4.0\n"
dia = sn.sniff(sample)
print(dia.delimiter, sn.has_header(sample))

sio = io.StringIO()
sio.write("line one\n")
sio.write("line two\nline three")
print(sio.tell())
sio.seek(0)
print(sio.readline(), end="")
print(sio.read(4), sio.readlines())
sio.seek(5)
sio.write("ONE")
print(repr(sio.getvalue()))
sio.truncate(8)
print(repr(sio.getvalue()), sio.closed)
with io.StringIO("a\nb\nc") as f:
    print([l.rstrip() for l in f])
print(f.closed)
b = io.BytesIO(b"hello world")
print(b.read(5), b.seek(0, 2), b.tell(), b.getvalue()[6:])
b.write(b"!!")
print(b.getvalue(), io.BytesIO(b"x\ny\n").readlines())
t = io.TextIOWrapper(io.BytesIO("héllo\nwörld\n".encode("utf-8")), encoding="utf-8")
print(t.readline(), t.read())
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
s = io.StringIO(newline=None)
s.write("a\r\nb\rc\n")
s.seek(0)
print(repr(s.read()))
print(repr(io.StringIO("x\r\ny", newline="").readlines()))
