import unicodedata as ud

def describe(ch):
    name = ud.name(ch, "<unnamed>")
    parts = [
        f"U+{ord(ch):04X}",
        name,
        ud.category(ch),
        ud.bidirectional(ch) or "-",
        str(ud.combining(ch)),
        ud.east_asian_width(ch),
        str(ud.mirrored(ch)),
        ascii(ud.normalize("NFKD", ch)),
    ]
    return " | ".join(parts)

text = "Aé中ｶ①½٣\u0301\u200b\t€😀ﬁ\u00a0Ω\u2126ǅ𝔸"
for ch in text:
    print(describe(ch))

print("--- numeric values")
for ch in "7٣३௫①½⅓Ⅻ〇万𝟘¼⑳":
    print(ascii(ch), ud.numeric(ch, None), ud.digit(ch, None), ud.decimal(ch, None),
          ch.isdecimal(), ch.isdigit(), ch.isnumeric())

print("--- errors")
for fn, arg in [(ud.numeric, "a"), (ud.digit, "½"), (ud.decimal, "①"), (ud.name, "\x00")]:
    try:
        print(fn(arg))
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    ud.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
try:
    ud.category("ab")
except TypeError as e:
    print("TypeError:", e)

print("--- lookups")
for nm in ["LATIN SMALL LETTER A WITH ACUTE", "snowman", "GREEK CAPITAL LETTER OMEGA",
           "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GAG", "EM DASH", "PILE OF POO",
           "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK"]:
    try:
        ch = ud.lookup(nm)
        print(nm, "->", ascii(ch), ud.name(ch))
    except KeyError as e:
        print(nm, "KeyError", e)

print("--- names via \\N escapes")
s = "\N{BLACK HEART SUIT}\N{DEGREE SIGN}\N{LATIN SMALL LETTER SHARP S}"
print(ascii(s), [ud.name(c) for c in s])

print("--- hangul")
for ch in "한글가힣":
    print(ascii(ch), ud.name(ch), ascii(ud.normalize("NFD", ch)), ud.is_normalized("NFC", ch))

print("--- category histogram")
from collections import Counter
sample = "Hello, Wörld! 123 ½ — ‘quoted’ «guillemets» 中文 ﹏ \u2028 $€¥ +−×÷ ©®™ \u0300\u0903"
hist = Counter(ud.category(c) for c in sample)
for cat, n in sorted(hist.items()):
    print(cat, n)

print("--- unidata_version", ud.unidata_version)

print(ud.is_normalized("NFC", "é"), ud.is_normalized("NFD", "é"), ud.is_normalized("NFKC", "ﬁ"))
