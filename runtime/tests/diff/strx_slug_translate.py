import re
import unicodedata

def slugify(value, allow_unicode=False, sep="-"):
    value = str(value)
    if allow_unicode:
        value = unicodedata.normalize("NFKC", value)
    else:
        value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", sep, value).strip("-_")

titles = [
    "Hello, World!", "Crème Brûlée — Recipe #1", "Ünïcödé   is   fun", "Straße & Maß",
    "東京タワー 2024", "ﬁsh ½ price", "  --leading and trailing--  ", "Ørsted Æble Œuvre",
    "Ελληνικά Γράμματα", "İstanbul'da Kış", "emoji 😀 party 🎉", "ｆｕｌｌｗｉｄｔｈ ＡＢＣ",
]
for t in titles:
    print(repr(slugify(t)), repr(slugify(t, allow_unicode=True)), repr(slugify(t, sep="_")))

print("--- maketrans forms")
t1 = str.maketrans("abc", "xyz")
t2 = str.maketrans("áéíóú", "aeiou", "¿¡")
t3 = str.maketrans({"ß": "ss", "æ": "ae", "ø": None, ord("Å"): "AA", "€": ord("E")})
print(sorted(t1.items()))
print(sorted(t2.items()))
print(sorted(t3.items()))
for s in ["abcabc", "¿Qué más?¡Sí!", "Æsøp ßæ Ålborg 5€"]:
    print(ascii(s.translate(t1)), ascii(s.translate(t2)), ascii(s.translate(t3)))

print("--- maketrans errors")
for args in [("ab", "c"), ({"ab": "x"},), ({1.5: "x"},), ("a",), ({}, "x")]:
    try:
        str.maketrans(*args)
        print("ok", args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print("--- translate with custom mapping objects")
class Rot13:
    def __getitem__(self, cp):
        c = chr(cp)
        if "a" <= c <= "z":
            return chr((cp - 97 + 13) % 26 + 97)
        if "A" <= c <= "Z":
            return chr((cp - 65 + 13) % 26 + 65)
        raise LookupError
print("Hello, Wörld!".translate(Rot13()))

class Strip:
    def __getitem__(self, cp):
        if unicodedata.combining(chr(cp)):
            return None
        raise KeyError(cp)
print(unicodedata.normalize("NFD", "Ångström čšž ệ").translate(Strip()))

try:
    "abc".translate({ord("a"): 3.5})
except TypeError as e:
    print("TypeError", e)
try:
    "abc".translate({ord("a"): 0x110000})
except ValueError as e:
    print("ValueError", e)
print("abc".translate({ord("a"): 0x263a, ord("b"): "", ord("c"): "cc"}))

print("--- transliteration table")
translit = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ы": "y", "ь": "", "ъ": "", "э": "e", "ю": "yu", "я": "ya",
}
full = {}
for k, v in translit.items():
    full[k] = v
    full[k.upper()] = v.capitalize()
table = str.maketrans(full)
for word in ["Москва", "Щука", "Юрий Гагарин", "Чайковский", "съезд", "ЖЁЛТЫЙ"]:
    print(word.translate(table), slugify(word.translate(table)))
