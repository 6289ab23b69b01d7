# csv.reader over plain and tricky lines with several dialect settings: plain records take
# a fast path that must agree with the full parser on every line ending, space and limit.
import csv

LINES = [
    ["a,b,c\n", "1,2,3\n"],
    ["a,b,c\r\n", "\r\n", "x,,y\r\n"],
    ["a,b\r", "c,d"],
    ["\n", "", "last"],
    ["  a,  b ,c  \n", "   \n", " , ,\n"],
    ["a  b   c\n", " lead\n"],
    ['a,"b,c",d\n', 'plain,line\n'],
    ['"multi\n', 'line",x\n', "after,it\n"],
    ["a\\,b,c\n", "esc\\\\aped\n"],
    ["1,2.5,x\n", "3,,4\n"],
    ["tab\tsep\there\n"],
    ["a;b;c\n", "a;b,c\n"],
    ["a\rb\n"],
    ["x" * 40 + ",y\n"],
    ["unicode,é,日本,😀\n"],
    ['"a","b""c",d\n', '"",""\n', '"only"\n', '""\n'],
    ['"x"y,z\n', 'x"y",z\n', '"a" ,b\n', ' "a",b\n'],
    ['a,"b\n', 'c",d\n', '"e\r\n', 'f"\r\n'],
    ["'q;1';x;\"dq\"\n", "'it''s';ok\n"],
    ['"1","2.5",x\n', '"a\tb"\t"c"\n'],
    ['"unterminated\n'],
]
DIALECTS = [
    {},
    {"skipinitialspace": True},
    {"delimiter": " ", "skipinitialspace": True},
    {"delimiter": " "},
    {"escapechar": "\\"},
    {"quoting": csv.QUOTE_NONE},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONNUMERIC},
    {"delimiter": ";"},
    {"delimiter": "\t"},
    {"strict": True},
    {"delimiter": ";", "quotechar": "'"},
    {"doublequote": False},
    {"doublequote": False, "escapechar": "\\"},
    {"quoting": csv.QUOTE_ALL},
]
for lines in LINES:
    for kw in DIALECTS:
        r = csv.reader(lines, **kw)
        out = []
        try:
            for row in r:
                out.append(row)
        except (csv.Error, ValueError) as e:
            out.append(f"{type(e).__name__}: {e}")
        print(repr(lines)[:40], sorted(kw.items()), r.line_num, out)

old = csv.field_size_limit(10)
for line in ["short,fields\n", "0123456789,x\n", "0123456789a,x\n", '"0123456789",x\n', '"01234""56789",x\n', '"0123456789a",x\n']:
    try:
        print(list(csv.reader([line])))
    except csv.Error as e:
        print("csv.Error:", e)
csv.field_size_limit(old)
