"""A hand-made CSV dialect sniffer compared against csv.Sniffer, plus reading with the result."""
import csv
import io
from collections import Counter
from dataclasses import dataclass


@dataclass
class Guess:
    delimiter: str
    quotechar: str
    has_header: bool
    consistency: float


CANDIDATES = ",;\t|:"


def my_sniff(sample):
    lines = [l for l in sample.splitlines() if l.strip()]
    best = None
    for d in CANDIDATES:
        counts = [l.count(d) for l in lines]
        if not counts or max(counts) == 0:
            continue
        mode, freq = Counter(counts).most_common(1)[0]
        score = freq / len(counts) if mode else 0
        if best is None or (score, mode) > (best[1], best[2]):
            best = (d, score, mode)
    if best is None:
        raise ValueError("no delimiter found")
    d = best[0]
    quote = '"' if sample.count('"') >= sample.count("'") else "'"
    rows = list(csv.reader(io.StringIO(sample), delimiter=d, quotechar=quote))
    header, body = rows[0], rows[1:]
    numeric_body = 0
    numeric_head = 0
    for col in range(len(header)):
        def isnum(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        numeric_head += isnum(header[col])
        numeric_body += all(isnum(r[col]) for r in body if len(r) > col)
    return Guess(d, quote, numeric_body > numeric_head, round(best[1], 3))


SAMPLES = {
    "commas": "name,age,city\nAnn,34,Oslo\nBob,27,Rome\nCy,45,Lima\n",
    "semis": "id;price;qty\n1;2,50;3\n2;10,00;1\n3;7,25;12\n",
    "tabs": "x\ty\tlabel\n1.5\t2.5\tfoo\n3\t4\tbar baz\n",
    "pipes_quoted": 'a|b|c\n"x|y"|2|3\n"p"|5|"q ""r"""\n',
    "single_q": "k,v\n'a,b',1\n'c',2\n'd,e,f',3\n",
    "no_header": "1,2,3\n4,5,6\n7,8,9\n",
    "colon": "user:uid:shell\nroot:0:/bin/sh\nbin:1:/sbin/nologin\n",
    "spaces": "a, b, c\n1, 2, 3\n4, 5, 6\n",
}

sn = csv.Sniffer()
for name, sample in SAMPLES.items():
    mine = my_sniff(sample)
    try:
        ref = sn.sniff(sample)
        ref_desc = (ref.delimiter, ref.quotechar, ref.doublequote, ref.skipinitialspace, ref.lineterminator)
    except csv.Error as e:
        ref, ref_desc = None, f"csv.Error: {e}"
    try:
        ref_header = sn.has_header(sample)
    except csv.Error as e:
        ref_header = f"err {e}"
    print(f"{name:13} mine=({mine.delimiter!r}, {mine.quotechar!r}, hdr={mine.has_header}, {mine.consistency})")
    print(f"{'':13} ref={ref_desc} hdr={ref_header}")
    if ref is not None:
        rows = list(csv.reader(io.StringIO(sample), ref))
        print(f"{'':13} rows={rows}")

for bad in ["", "justoneword", "a\nb\nc\n"]:
    try:
        d = sn.sniff(bad)
        print(repr(bad), "->", repr(d.delimiter))
    except csv.Error as e:
        print(repr(bad), "csv.Error:", e)

d = sn.sniff("a;b;c\n1;2;3\n", delimiters=";,")
print("restricted:", d.delimiter, d.__name__ if hasattr(d, "__name__") else type(d).__name__)
try:
    sn.sniff("a;b;c\n1;2;3\n", delimiters=",|")
except csv.Error as e:
    print("restricted miss:", e)

print("--- dialects")
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
buf = io.StringIO()
w = csv.writer(buf, "pipes")
w.writerows([["a", "b|c", 'q"t'], [1, None, 2.5], ["", " lead", "new\nline"]])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), "pipes")))
print(sorted(csv.list_dialects()))
dia = csv.get_dialect("pipes")
print(dia.delimiter, dia.quotechar, dia.quoting == csv.QUOTE_MINIMAL, repr(dia.lineterminator), dia.escapechar)
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    buf = io.StringIO()
    try:
        csv.writer(buf, quoting=q, escapechar="\\" if q == csv.QUOTE_NONE else None).writerow(["x,y", 3, 4.0, None, 'say "hi"'])
        print(q, repr(buf.getvalue()))
    except csv.Error as e:
        print(q, "csv.Error:", e)
print(list(csv.reader(io.StringIO('1,"2",three\n'), quoting=csv.QUOTE_NONNUMERIC)) if False else "skip")
try:
    list(csv.reader(io.StringIO('1,"2",three\n'), quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)
rdr = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="-")
print([dict(r) for r in rdr], rdr.line_num, rdr.fieldnames)
try:
    list(csv.reader(io.StringIO('a,"b\nc'), strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    list(csv.reader(io.StringIO('a,"b"x,c\n'), strict=True))
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(io.StringIO('a,"b"x,c\n'))))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("csv.Error:", e)
csv.unregister_dialect("pipes")
print(csv.field_size_limit() > 1000, sorted(csv.list_dialects()))
