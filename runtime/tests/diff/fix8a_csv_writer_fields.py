# csv.writer on plain and special fields under several dialects: fields without special
# characters are copied whole, the rest quoted or escaped exactly as CPython does.
import csv
import io

ROWS = [
    ["plain", "with space", "", None, 1, 2.5, True],
    [""],
    [None],
    [],
    ["", ""],
    ["a,b", 'q"t', "x\ny", "c\rd", "e\r\nf", "tab\there"],
    ["esc\\ape", "semi;colon", "bang!", "'single'"],
    ["日本,語", "é\"è", "😀"],
]
DIALECTS = [
    {},
    {"lineterminator": "\n"},
    {"lineterminator": "!"},
    {"quoting": csv.QUOTE_ALL},
    {"quoting": csv.QUOTE_NONNUMERIC},
    {"quoting": csv.QUOTE_MINIMAL, "doublequote": False, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONE},
    {"delimiter": ";", "quotechar": "'"},
    {"delimiter": "\t", "lineterminator": "\n"},
]
for kw in DIALECTS:
    print(sorted(kw.items()))
    for row in ROWS:
        out = io.StringIO()
        w = csv.writer(out, **kw)
        try:
            w.writerow(row)
            print("   ", repr(row)[:40], "->", repr(out.getvalue()))
        except csv.Error as e:
            print("   ", repr(row)[:40], "-> csv.Error:", e)
out = io.StringIO()
csv.writer(out).writerows(ROWS[:3])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()))))
