# A small "name normaliser" a user might write for a multilingual address book,
# exercising str case methods on non-ASCII text.

samples = [
    "straße",
    "STRASSE",
    "ﬁnance ﬂow",
    "ΟΔΥΣΣΕΥΣ",
    "ὀδυσσεύς",
    "İstanbul",
    "ıi",
    "ǅemal ǈudević",
    "ǆ ǉ ǌ",
    "ŉ ǰ ΐ",
    "ﬀ ﬃ ﬅ ﬆ",
    "Σ",
    "ΑΣ ΣΑ Α.Σ",
    "hello wORLD-foo_bar 3rd",
    "they're bill's friends",
    "ǳ",
    "ᾳ ᾼ ῳ",
    "Ⅻ ⅻ",
    "ⓐⓑⓒ",
    "𐐀𐐨",
    "µ ſ K Å",
]

def show(label, value):
    print(f"  {label:<10} {value!r}")

for s in samples:
    print(repr(s), len(s))
    show("upper", s.upper())
    show("lower", s.lower())
    show("casefold", s.casefold())
    show("title", s.title())
    show("capital", s.capitalize())
    show("swapcase", s.swapcase())
    show("isupper", s.isupper())
    show("islower", s.islower())
    show("istitle", s.istitle())
    show("len up", len(s.upper()))

# Case-insensitive lookup table built with casefold
book = {}
for name in ["Müller", "MÜLLER", "Straße", "STRASSE", "Σίσυφος", "ΣΊΣΥΦΟΣ", "Ǆurić", "džurić"]:
    book.setdefault(name.casefold(), []).append(name)
for key in sorted(book):
    print(repr(key), "->", book[key])

# Final sigma handling in lower()
for word in ["ΣΟΦΟΣ", "ΟΔΟΣ ΚΑΙ ΛΟΓΟΣ", "Σ.", "ΑΣ1", "ΑΣ'Α", "Α\u0301Σ"]:
    print(repr(word), "->", repr(word.lower()))

# Comparing canonical forms
pairs = [("ß", "ss"), ("ﬁ", "fi"), ("ς", "σ"), ("K", "k"), ("Å", "å"), ("ı", "i")]
for a, b in pairs:
    print(repr(a), repr(b), a.lower() == b.lower(), a.casefold() == b.casefold(),
          a.upper() == b.upper())

# Ordinal dump of interesting transforms
for ch in "ßﬁİŉΐǰẞᾈ":
    for meth in ("upper", "lower", "title", "casefold"):
        out = getattr(ch, meth)()
        print(f"U+{ord(ch):04X} {meth:8} {[hex(ord(c)) for c in out]}")
