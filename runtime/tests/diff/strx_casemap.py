# Case mapping special cases across scripts
samples = [
    "straße", "STRASSE", "İstanbul", "ıi", "ΟΔΥΣΣΕΥΣ", "ὈΔΥΣΣΕΎΣ", "ﬁnance",
    "ǅemal", "ǆ", "Ǆ", "ŉ", "ΐ", "ﬀ", "Ⅻ", "ⓐⓑ", "𐐀𐐨", "ǰ", "ẞ", "µ", "ſ",
    "Σ", "ΑΣ", "ΑΣ ΒΣ", "Σ.", "aΣb", "ΑΣ1", "hello wORLD", "o'neil mcdonald",
    "ʼn", "ﬃ", "ᾳ", "ᾼ", "Ꭰ", "ꭰ", "ǈ", "Ǉ",
]

def show(s):
    return ascii(s)

for s in samples:
    print(show(s))
    print("  upper   ", show(s.upper()), len(s.upper()))
    print("  lower   ", show(s.lower()), len(s.lower()))
    print("  casefold", show(s.casefold()))
    print("  title   ", show(s.title()))
    print("  capital ", show(s.capitalize()))
    print("  swapcase", show(s.swapcase()))
    print("  flags   ", s.isupper(), s.islower(), s.istitle())

# Caseless comparison
def caseless_eq(a, b):
    return a.casefold() == b.casefold()

pairs = [("Straße", "STRASSE"), ("ﬁle", "FILE"), ("Σίσυφος", "ΣΊΣΥΦΟΣ"),
         ("µ", "μ"), ("ſ", "s"), ("İ", "i"), ("K", "k"), ("Å", "å")]
for a, b in pairs:
    print(ascii(a), ascii(b), caseless_eq(a, b), a.lower() == b.lower())

# Final sigma contexts
words = ["ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ", "Σ", "ΣΑ", "Α.Σ", "ΑΣ'", "ΑΣ\u0301", "Α\u0301Σ", "ΑΣΑ", "(ΑΣ)", "ΑΣ-ΒΣ"]
for w in words:
    print(ascii(w), "->", ascii(w.lower()))

# Title casing of apostrophes and digits
for t in ["they're bill's friends", "hello 3rd world", "ǆungla ǉubav", "αβγ δεζ", "ﬁsh ﬂy", "ßtraße"]:
    print(ascii(t.title()), ascii(t.capitalize()))

# Code point level checks
for ch in "ßİıǅﬁΣςσ":
    print(hex(ord(ch)), ch.isalpha(), ch.isupper(), ch.islower(), ch.istitle(), ascii(ch.upper()), ascii(ch.lower()), ascii(ch.title()))

# Count chars that change length when uppercased in a range
count = 0
examples = []
for cp in range(0x80, 0x2000):
    c = chr(cp)
    u = c.upper()
    if len(u) != 1:
        count += 1
        if len(examples) < 12:
            examples.append((hex(cp), ascii(u)))
print("expanding uppers below 0x2000:", count)
print(examples)
lc = sum(1 for cp in list(range(0x80, 0xD800)) + list(range(0xE000, 0x10000)) if len(chr(cp).lower()) != 1)
print("expanding lowers:", lc)
cf = [hex(cp) for cp in list(range(0x80, 0xD800)) + list(range(0xE000, 0x10000)) if chr(cp).casefold() != chr(cp).lower()]
print("casefold differs from lower:", len(cf), cf[:15])
