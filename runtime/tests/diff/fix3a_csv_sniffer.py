# csv.Sniffer: sniff() (quoted-field and per-line-frequency guesses, delimiters=, errors)
# and has_header(), with the sniffed dialect driving csv.reader.
import csv, io
samples = ["a;b;c\n1;2;3\n", "name,age\nbob,3\nal,44\n", '"a","b"\n"1","2"\n', "x\ty\tz\n1\t2\t3\n4\t5\t6\n", "id: 1\nid: 2\n",
           'name, "quoted, text", 5\nx, "y", 6\n', "'a'|'b'\n'c'|'d'\n", '"He said ""hi""",2\n"x",3\n', "one\ntwo\nthree\n", "a b c\nd e f\n",
           "Date,Open,Close\n2024-01-01,10.5,11\n2024-01-02,11,10.25\n", "h1,h2\n1,2\n3,4\n5\n", '"only"\n"quoted"\n', "", "abc", "1,2\n3,4\n",
           "first;last;age\nann;lee;33\nbo;ng;7\n", "a:b:c\n1:2\n3:4:5:6\n"]
sn = csv.Sniffer()
for s in samples:
    try:
        d = sn.sniff(s)
        print(repr(s[:20]), repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.lineterminator == '\r\n', d.quoting, d._name)
        print(list(csv.reader(io.StringIO(s), d))[:3])
    except csv.Error as e:
        print(repr(s[:20]), "Error", e)
    try:
        print(sn.has_header(s))
    except Exception as e:
        print(type(e).__name__, e)
print(sn.sniff("a;b,c\n1;2,3\n", delimiters=";").delimiter, sn.sniff("a;b,c\n1;2,3\n", delimiters=",").delimiter, sn.preferred)
