# A hand-written CSV parser with quoting rules, checked against the csv module.
import csv
import io

class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(f"line {line}, col {col}: {msg}")
        self.line, self.col = line, col

def parse_csv(text, delim=",", quote='"'):
    rows, row, field = [], [], []
    state = "start"
    line, col = 1, 0
    i = 0
    while i < len(text):
        ch = text[i]
        col += 1
        if state == "start":
            if ch == quote:
                state = "quoted"
            elif ch == delim:
                row.append("")
            elif ch in "\r\n":
                if ch == "\r" and text[i + 1:i + 2] == "\n":
                    i += 1
                if row or field:
                    row.append("".join(field))
                rows.append(row)
                row, field = [], []
                line, col = line + 1, 0
            else:
                field.append(ch)
                state = "plain"
        elif state == "plain":
            if ch == delim:
                row.append("".join(field)); field = []
                state = "start"
            elif ch in "\r\n":
                continue_state = "start"
                row.append("".join(field)); field = []
                if ch == "\r" and text[i + 1:i + 2] == "\n":
                    i += 1
                rows.append(row); row = []
                line, col = line + 1, 0
                state = continue_state
            elif ch == quote:
                raise ParseError(line, col, f"unexpected quote in field {''.join(field)!r}")
            else:
                field.append(ch)
        elif state == "quoted":
            if ch == quote:
                if text[i + 1:i + 2] == quote:
                    field.append(quote); i += 1; col += 1
                else:
                    state = "after"
            else:
                if ch == "\n":
                    line, col = line + 1, 0
                field.append(ch)
        elif state == "after":
            if ch == delim:
                row.append("".join(field)); field = []
                state = "start"
            elif ch in "\r\n":
                row.append("".join(field)); field = []
                if ch == "\r" and text[i + 1:i + 2] == "\n":
                    i += 1
                rows.append(row); row = []
                line, col = line + 1, 0
                state = "start"
            else:
                raise ParseError(line, col, f"garbage {ch!r} after closing quote")
        i += 1
    if state == "quoted":
        raise ParseError(line, col, "unterminated quoted field")
    if field or state in ("plain", "after") or row:
        row.append("".join(field))
        rows.append(row)
    return rows

samples = [
    'name,city,note\nZoë,"Zürich, CH","said ""grüezi"""\n',
    'a,b\r\n"multi\nline",x\r\n,\r\n',
    '"",""\n"x"\n',
    '日本,東京,"カンマ,あり"\n😀,"😀""😀",end',
    'tab\tsep\t"q\tq"\n',
    'bad"quote,x\n',
    '"unterminated,x\n',
    '"ok"junk,x\n',
]
for s in samples:
    delim = "\t" if s.startswith("tab") else ","
    try:
        mine = parse_csv(s, delim)
    except ParseError as e:
        mine = f"ParseError({e}) at {e.line}:{e.col}"
    try:
        ref = list(csv.reader(io.StringIO(s, newline=""), delimiter=delim, strict=True))
    except csv.Error as e:
        ref = f"csv.Error({e})"
    print(repr(s))
    print("  mine:", mine)
    print("  ref: ", ref)

# Writing with various dialect options
rows = [["id", "naïve text", "quote\"d", "comma,here", "multi\nline", "", None, 3.5, "lead space"],
        [1, "日本", "tab\there", "€", "x", " ", "", -0.0, "trail "]]
for kw in [dict(), dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC),
           dict(quoting=csv.QUOTE_MINIMAL, lineterminator="\n", delimiter=";"),
           dict(quoting=csv.QUOTE_NONE, escapechar="\\"), dict(doublequote=False, escapechar="\\")]:
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    try:
        w.writerows(rows)
    except csv.Error as e:
        print("csv.Error", e)
    print(sorted(kw.items()), repr(buf.getvalue()))

try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)

# DictReader/DictWriter with unicode headers
src = "Név,Város,Pont\nÁdám,Győr,12\nÉva,Pécs,\nZoltán,Szeged,7,extra\n"
for rec in csv.DictReader(io.StringIO(src), restkey="rest", restval="?"):
    print(dict(rec))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["Név", "Pont"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerow({"Név": "Ödön", "Pont": 5, "Város": "x"})
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)

sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d.delimiter, d.quotechar, d.doublequote, sn.has_header("name;age\nx;1\ny;2\n"))
print(list(csv.reader(['x, "y, z"'], skipinitialspace=True)))
print(list(csv.reader(["a|b|'c|d'"], delimiter="|", quotechar="'")))
