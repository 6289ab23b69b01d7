"""A fixed-width report formatter exercising str methods' edge cases."""

RAW = "Name\tDept\tSalary\nÅsa Ström\tR&D\t81000\nbob o'neil\tsales\t45500.5\n  Chloé\t\tn/a\r\nDMITRI\tOps\t61000\n"

lines = RAW.splitlines()
print(len(lines), RAW.splitlines(keepends=True)[2:4])
print([ln.expandtabs(8) for ln in lines[:2]], repr("a\tbb\tccc\td".expandtabs(4)), repr("x\ty".expandtabs(0)))
header, *rows = [ln.split("\t") for ln in lines]
print(header, rows[2])

def clean_name(n):
    n = n.strip()
    return " ".join(part.capitalize() for part in n.split())

def parse_salary(s):
    head, sep, tail = s.partition(".")
    if not head.isdecimal():
        return None
    return int(head) + (int(tail.ljust(2, "0")[:2]) / 100 if sep else 0)

table = []
for name, dept, sal in rows:
    table.append((clean_name(name), dept.upper() or "-", parse_salary(sal)))
width = max(len(n) for n, *_ in table)
print("+" + "-" * (width + 2) + "+" + "-" * 7 + "+" + "-" * 12 + "+")
for name, dept, sal in table:
    shown = f"{sal:>10,.2f}" if sal is not None else "n/a".center(10, ".")
    print(f"| {name.ljust(width)} | {dept:^5} | {shown} |")
print("title:", "bob o'neil".title(), "|", "hello world".title(), "|", "ǆemal".title(), "|", "3rd place".title())
print("capitalize:", "ÅSA".capitalize(), "ßtraße".capitalize(), "ﬁne".capitalize())
print("casefold:", "Straße".casefold() == "STRASSE".casefold(), "ΣΊΣΥΦΟΣ".lower(), "İ".lower().encode("unicode_escape"))
print("swapcase:", "Hello ẞ World".swapcase(), "ß".swapcase())

for s in ["-42", "+7", "abc", "", "-", "3.5", "-0"]:
    print(f"zfill({s!r:6}) -> {s.zfill(5)!r:10} center -> {s.center(7, '*')!r} rjust -> {s.rjust(4, '0')!r}")

csv_line = "a,b,,c,"
print(csv_line.split(","), csv_line.rsplit(",", 2), csv_line.split(",", 0), csv_line.rsplit(",", maxsplit=1))
print("  lots   of   space  ".split(), "  lots   of   space  ".rsplit(None, 1), "a b c".split(None, 1), "".split(), "".split(","))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)

table_map = str.maketrans("áéíóú", "aeiou", "!?")
print("¡Hólá! ¿Qué tál?".translate(table_map))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello, world".translate(rot13), "uryyb".translate(rot13))
print("tab\tsep".translate({9: " -> ", ord("s"): None}), str.maketrans({"a": "b", "c": None}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)

samples = ["123", "١٢٣", "½", "²", "Ⅻ", "12.5", "", "٣x", "ⅷ", "𝟘"]
print("isdecimal", [s.isdecimal() for s in samples])
print("isdigit  ", [s.isdigit() for s in samples])
print("isnumeric", [s.isnumeric() for s in samples])
print(int("١٢٣") + 1, float("٣.٥"), int("𝟘𝟙"))
idents = ["valid_name", "_private", "2fast", "naïve", "with space", "", "class", "ℌello", "a-b", "x١"]
print("identifiers", [(s, s.isidentifier()) for s in idents if s.isidentifier() != s.isalnum()])
print([s.isidentifier() for s in idents])
print("isprintable", ["abc".isprintable(), "a\tb".isprintable(), "".isprintable(), "\x7f".isprintable(), "é".isprintable()])
print("isspace", [" \t\n".isspace(), "".isspace(), "\u00a0".isspace(), "\u200b".isspace(), "\x1c".isspace()])
print("istitle", ["Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "1st".istitle(), "Ǆ".istitle()])

text = "the cat sat on the mat with the hat"
print(text.count("the"), text.count("at", 10), text.find("the", 1), text.rfind("the", 0, 20), text.index("mat"))
try:
    text.index("dog")
except ValueError as e:
    print("ValueError:", e)
print(text.replace("the", "a", 2), "|", text.replace("", "-", 3), "|", "aaa".replace("a", "b", -1))
print(text.startswith("cat", 4), text.endswith(("hat", "bat")), text[::-1][:10], text.title().swapcase()[:12])
print("%-10s|%5.1f|%+05d|%x|%o|%e|%g|%c" % ("left", 2.25, 42, 255, 8, 1234.5, 0.00001234, 9731))
print("{:<8}|{:>8}|{:^8}|{:=+8}|{:08.3f}|{:,}|{:_b}|{:#o}".format("l", "r", "c", 42, 3.14159, 1234567, 255, 8))
print(f"{'nested':{'^'}{12}}|{3.5:{'>'}{8}}|{'x'!r:>5}|{'é'!a}")
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(set(map(str.lower, words))))
print(" ".join(w.center(8, "·") for w in words[:3]))
print("ends", "report.tar.gz".removesuffix(".gz").removesuffix(".tar"), "v1.2".removeprefix("v"), "xx".removeprefix("xxx"))
print(repr("line1\nline2\r\n".strip()), repr("\t x \n".lstrip()), repr("xyxhixyx".strip("xy")), repr("www.site.com".lstrip("w.")))
