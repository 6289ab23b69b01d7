# Character inspector: a user's tool that prints a table about each code point.
import unicodedata as ud

text = "Aé1٣½Ⅷ①²\u0301\u200b\t ﬁ한中ｶ€𝔘😀\u0627\u05d0(«»)\u00ad\U000e0041"

print("unidata", isinstance(ud.unidata_version, str))
header = f"{'cp':>8} {'cat':3} {'bidi':4} {'ea':2} {'cmb':3} {'mir':3} dec  dig  num      name"
print(header)
for ch in text:
    name = ud.name(ch, "<no name>")
    dec = ud.decimal(ch, None)
    dig = ud.digit(ch, None)
    num = ud.numeric(ch, None)
    print(f"U+{ord(ch):06X} {ud.category(ch):3} {ud.bidirectional(ch):4} "
          f"{ud.east_asian_width(ch):2} {ud.combining(ch):3} {ud.mirrored(ch):3} "
          f"{dec!s:4} {dig!s:4} {num!s:8} {name}")

print()
# lookup by name, including aliases and errors
for nm in ["LATIN SMALL LETTER SHARP S", "snowman", "EURO SIGN", "GREEK SMALL LETTER FINAL SIGMA",
           "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E2D", "NO SUCH THING", "LATIN CAPITAL LETTER GHA"]:
    try:
        ch = ud.lookup(nm)
        print(f"{nm!r} -> {ch!r} U+{ord(ch):04X}")
    except KeyError as e:
        print(f"{nm!r} -> KeyError {e}")

# Named escapes in literals
print(repr("\N{BLACK HEART SUIT}\N{LATIN SMALL LETTER A WITH ACUTE}"))


# Normalization forms
words = ["café", "cafe\u0301", "ﬁancé", "Ångström", "Å", "①②", "ｶﾞ", "한국어", "x²⁴", "ẛ̣", "\u1100\u1161\u11a8"]
for w in words:
    row = []
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        n = ud.normalize(form, w)
        row.append(f"{form}={[hex(ord(c)) for c in n]}")
        row.append(str(ud.is_normalized(form, w)))
    print(repr(w), " ".join(row))

# A user's accent stripper
def strip_accents(s):
    return "".join(c for c in ud.normalize("NFD", s) if not ud.combining(c))

for w in ["Crème Brûlée", "São Paulo", "Ærøskøbing", "Đakovo", "naïve façade", "Ελληνικά"]:
    print(repr(w), "->", repr(strip_accents(w)))

# Errors
for bad in [("category", ""), ("category", "ab"), ("name", "\uffff"), ("normalize", "XYZ")]:
    fn, arg = bad
    try:
        if fn == "normalize":
            ud.normalize(arg, "a")
        elif fn == "name":
            ud.name(arg)
        else:
            ud.category(arg)
    except (TypeError, ValueError, KeyError) as e:
        print(fn, type(e).__name__, e)

for ch in ["a", "\uffff", "x"]:
    try:
        print(ud.numeric(ch))
    except ValueError as e:
        print("numeric", type(e).__name__, e)
    try:
        print(ud.decimal(ch))
    except ValueError as e:
        print("decimal", type(e).__name__, e)
