# unicodedata (Unicode 14.0 properties, names, normalisation) and re's \N{name} escapes.
import unicodedata as ud
import re
samples = "aZ5 \t\n½Ⅻ٣é\u0301\u00e9ﬁ①€中ｱ한😀\u200b\u2028\U0010FFFF\ue000\U0001FAFF\u0378·-–—([{»«"
for c in samples:
    print(f"U+{ord(c):04X}", ud.category(c), repr(ud.bidirectional(c)), ud.east_asian_width(c), ud.combining(c), ud.mirrored(c),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.name(c, "?"))
for n in ["LATIN SMALL LETTER A", "latin capital letter e with acute", "SNOWMAN", "BACKSPACE", "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE HAN", "GRINNING FACE", "NO SUCH THING"]:
    try:
        print(n, repr(ud.lookup(n)))
    except KeyError as e:
        print("KeyError:", e)
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    for s in ["café", "cafe\u0301", "ﬁ①½", "Å", "한", "ẛ̣"]:
        r = ud.normalize(form, s)
        print(form, [hex(ord(c)) for c in r], ud.is_normalized(form, s))
def strip_accents(s):
    return "".join(c for c in ud.normalize("NFD", s) if ud.category(c) != "Mn")
print(strip_accents("Crème Brûlée à la façon Ångström"), ud.normalize("NFKD", "ｈｅｌｌｏ ①").encode("ascii", "ignore"))
print(sum(1 for c in "Héllo Wörld 123" if ud.category(c).startswith("L")), ud.unidata_version)
for bad in [lambda: ud.category("ab"), lambda: ud.category(5), lambda: ud.name(""), lambda: ud.normalize("NFX", "a"), lambda: ud.decimal("a"), lambda: ud.digit("x"), lambda: ud.numeric("y"), lambda: ud.name("\x00")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(re.findall(r"\N{LATIN SMALL LETTER E WITH ACUTE}+", "ééé e"), re.match(r"[\N{DIGIT ONE}-\N{DIGIT THREE}]+", "1234").group(), re.sub(r"\N{EM DASH}", "--", "a—b"))
try:
    re.compile(r"\N{BOGUS NAME}")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(rb"\N{DIGIT ONE}")
except re.error as e:
    print("re.error:", e)
print([hex(ord(c)) for c in ud.normalize("NFKC", "e\u0301\u0558\u0301x\u209d\u2460")], ud.is_normalized("NFC", "\u0558"))
