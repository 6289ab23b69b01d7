import unicodedata
import re

titles = [
    "Crème Brûlée: A Love Story",
    "Ångström & the Über-Physicists",
    "Straße nach Köln — Teil 2",
    "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ №１",
    "naïve café résumé",
    "Ελληνικά κείμενα",
    "ﬁnal ﬂight ½ price ™",
]

def slugify(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

for t in titles:
    print(f"{t!r:40} -> {slugify(t)}")

def char_report(s):
    rows = []
    for c in s:
        rows.append((c, f"U+{ord(c):04X}", unicodedata.category(c), unicodedata.name(c, "<unnamed>")))
    return rows
for row in char_report("A1 é½€\t—"):
    print(*row)

def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)
for s in ["hello", "日本語", "ｶﾀｶﾅ", "e\u0301", "한국어 text"]:
    print(repr(s), len(s), width(s))

cats = {}
for c in "Hello, World! 123 ½ ⅓ ٣ — “quoted” $5 €7":
    cats.setdefault(unicodedata.category(c), []).append(c)
for k in sorted(cats):
    print(k, "".join(cats[k]))
nums = [c for c in "7٣۳߃३১½Ⅻ①" if unicodedata.numeric(c, None) is not None]
print([(c, unicodedata.numeric(c), unicodedata.digit(c, None), unicodedata.decimal(c, None)) for c in nums])
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.lookup("black heart suit"), "\N{EURO SIGN}")
print(unicodedata.normalize("NFC", "A\u030a") == "\u00c5", len(unicodedata.normalize("NFD", "\u00c5")), unicodedata.is_normalized("NFKC", "ﬁ"))
print(sorted(["ä", "a", "z", "é", "e"]), sorted(["ä", "a", "z", "é", "e"], key=lambda s: unicodedata.normalize("NFD", s)))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ǅ".title(), "Σ".lower(), "ΌΣΟΣ".lower(), "straße".casefold())
print(re.findall(r"\w+", "naïve café_1 ½"), re.findall(r"[^\W\d_]+", "abc_déf 123"), "٣".isdigit(), "½".isnumeric(), "½".isdigit())
print(unicodedata.mirrored("("), unicodedata.bidirectional("א"), unicodedata.bidirectional("1"), unicodedata.unidata_version)
