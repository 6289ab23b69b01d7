import unicodedata
from collections import Counter

TEXT = """Der Fluß floß über die Straße. STRASSE und strasse sind gleich!
Ο Οδυσσέας ΟΔΥΣΣΕΑΣ οδυσσεας — «καλημέρα».
日本語の文章、テスト。ＡＢＣ１２３ and full-width.
It's a dog's life; e-mail me at naïve.user@example.com — costs 3,50 € or $4.99.
Ｃａｆé café CAFÉ cafe\u0301 ﬁne FINE ﬁne.
"""

def char_class(ch):
    cat = unicodedata.category(ch)
    if cat[0] in "LM" or cat == "Nd" or ch == "_":
        return "word"
    if cat[0] == "N":
        return "num"
    if ch.isspace():
        return "space"
    if cat[0] == "P":
        return "punct"
    if cat[0] == "S":
        return "sym"
    return "other"

def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        cls = char_class(ch)
        if cls == "space":
            i += 1
            continue
        if cls == "word":
            j = i + 1
            while j < n:
                c = text[j]
                cc = char_class(c)
                if cc == "word":
                    j += 1
                elif c in "'’-." and j + 1 < n and char_class(text[j + 1]) == "word" and c != "." :
                    j += 1
                else:
                    break
            tokens.append(("WORD", text[i:j]))
            i = j
        else:
            tokens.append((cls.upper(), ch))
            i += 1
    return tokens

toks = tokenize(TEXT)
print(len(toks))
for kind, tok in toks[:40]:
    print(kind, ascii(tok))

print("--- frequency, various keys")
words = [t for k, t in toks if k == "WORD"]
def key_nfkc_casefold(w):
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", w).casefold())
for label, fn in [("raw", lambda w: w), ("lower", str.lower), ("casefold", str.casefold),
                  ("nfkc+casefold", key_nfkc_casefold)]:
    c = Counter(fn(w) for w in words)
    top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print(label, len(c), [(ascii(k), v) for k, v in top])

print("--- script detection")
def script_of(ch):
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "UNKNOWN"
    for script in ("LATIN", "GREEK", "CYRILLIC", "CJK", "HIRAGANA", "KATAKANA", "FULLWIDTH", "DIGIT"):
        if name.startswith(script) or f" {script} " in f" {name} ":
            return script
    return name.split()[0]

scripts = Counter(script_of(c) for c in TEXT if not c.isspace() and c.isalnum())
print(sorted(scripts.items()))

print("--- str predicates across scripts")
probes = ["abc", "Ñandú", "日本", "١٢٣", "१२३", "½", "Ⅷ", "²", "x²", "ǅ", "_x1", "1x", "ℌ", "ﬁ",
          "a b", "", "٣x", "ⅷ", "𝟙𝟚", "ℵ0", "变量", "café", "cafe\u0301", "\u00aa", "Ⅸ"]
for p in probes:
    print(ascii(p).ljust(22), "".join("TF"[not f] for f in (
        p.isalpha(), p.isalnum(), p.isdecimal(), p.isdigit(), p.isnumeric(),
        p.isidentifier(), p.isupper(), p.islower(), p.istitle(), p.isascii(), p.isspace())))

print("--- int() and float() on non-ASCII digits")
for s in ["١٢٣", "१२३", "𝟏𝟐", "  ٤٥  ", "１２３", "١.٥", "²", "½", "٣e2", "-٧"]:
    out = []
    for conv in (int, float):
        try:
            out.append(repr(conv(s)))
        except ValueError as e:
            out.append("ValueError")
    print(ascii(s), out)
