import unicodedata
from collections import defaultdict
from itertools import groupby

words = [
    "Zebra", "zèbre", "Äpfel", "apple", "Apfel", "éclair", "Eclair", "eclair", "Œuvre", "oeuvre",
    "Ångström", "angstrom", "ﬁligree", "filigree", "straße", "Strasse", "strasse", "Ćevapi",
    "cevapi", "Ñandú", "nandu", "İzmir", "izmir", "Łódź", "lodz", "Ørsted", "orsted", "Þór",
    "thor", "ǅemal", "dzemal", "æther", "aether", "naïve", "naive", "résumé", "resume", "Résumé",
    "ΑΘΗΝΑ", "αθηνα", "Αθήνα", "москва", "Москва", "東京", "とうきょう", "トウキョウ", "ｔｏｋｙｏ", "Tokyo",
]

SPECIAL = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE",
                         "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "đ": "d", "Đ": "D", "ı": "i"})

def strip_marks(s):
    decomposed = unicodedata.normalize("NFKD", s.translate(SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))

def sort_key(s):
    base = strip_marks(s).casefold()
    return (base, s.casefold(), s)

print("--- plain sorted")
print(sorted(words))
print("--- casefold sorted")
print(sorted(words, key=str.casefold))
print("--- accent-insensitive sorted")
ordered = sorted(words, key=sort_key)
print(ordered)

print("--- grouped by initial")
def initial(s):
    base = strip_marks(s)
    return base[:1].upper() if base else "#"
for letter, group in groupby(ordered, key=initial):
    items = list(group)
    print(f"{letter}: {', '.join(items)}")

print("--- duplicates under folding")
buckets = defaultdict(list)
for w in words:
    buckets[strip_marks(w).casefold()].append(w)
for key in sorted(buckets):
    if len(buckets[key]) > 1:
        print(ascii(key), "<-", buckets[key])

print("--- normalization forms")
for w in ["Ångström", "ﬁligree", "ǅemal", "Résumé", "ｔｏｋｙｏ", "トウキョウ", "ｶﾞｷﾞ", "①②", "x²+y³", "Ⅻ"]:
    forms = {f: unicodedata.normalize(f, w) for f in ("NFC", "NFD", "NFKC", "NFKD")}
    print(ascii(w), {f: (len(v), ascii(v)) for f, v in forms.items()})
    print("   normalized?", [unicodedata.is_normalized(f, w) for f in ("NFC", "NFD", "NFKC", "NFKD")])

print("--- canonical equivalence")
pairs = [("é", "e\u0301"), ("Å", "\u212b"), ("Ω", "\u2126"), ("ṩ", "s\u0323\u0307"), ("ṩ", "s\u0307\u0323"),
         ("q\u0307\u0323", "q\u0323\u0307"), ("한", "\u1112\u1161\u11ab"), ("ﬁ", "fi")]
for a, b in pairs:
    nfc_eq = unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)
    nfkc_eq = unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)
    print(ascii(a), ascii(b), a == b, nfc_eq, nfkc_eq, ascii(unicodedata.normalize("NFD", b)))

print("--- min/max/sets")
print(min(words), max(words), min(words, key=sort_key), max(words, key=sort_key))
folded = {unicodedata.normalize("NFC", w).casefold() for w in words}
print(len(words), len(folded), len({strip_marks(w).casefold() for w in words}))
print(sorted(folded)[:10])
