# Character classification table and string utility behaviour on non-ASCII text.
chars = ["a", "Z", "5", "٣", "۵", "߅", "²", "½", "Ⅷ", "①", "〇", "零", "_", " ", "\t", "\x0b", "\x1f",
         "\u00a0", "\u2028", "\u200b", "\xad", "ß", "ǅ", "é", "\u0301", "·", "℘", "℮", "゛", "𝟘",
         "😀", "\ufeff", "\U000e0001", "\U0010ffff", "ª", "º", "ʰ", "〆", "〡"]
preds = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
         "isidentifier", "isupper", "islower", "istitle", "isascii"]
print("char      " + " ".join(p[2:6] for p in preds))
for c in chars:
    flags = " ".join(("T" if getattr(c, p)() else ".").center(4) for p in preds)
    print(f"{ascii(c):10}{flags}")

# identifiers
for ident in ["café", "_x1", "1abc", "名前", "x·y", "℘x", "a\u0301", "ǅungla", "x-y", "",
              "x\u200b", "℮", "𝔘nicode", "ⅷ", "a²", "Σς", "async", "None"]:
    import keyword
    print(repr(ident), ident.isidentifier(), keyword.iskeyword(ident))

# splitlines with all the line boundaries
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(s.splitlines())
print(s.splitlines(True))
print(s.split("\n"))
print("x\r\n\r\n".splitlines(), "".splitlines(), "\n".splitlines(True))
print(b"a\nb\rc\r\nd\x0be\x85f".splitlines())

# expandtabs
for t in ["a\tb", "ab\tcd\tef", "\t\t", "日本\tx", "line1\tA\nline2\t\tB", "abcdefgh\tx", "a\r\tb"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)))

# translate / maketrans
tbl = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "€": None, ord("x"): "✗"})
print("Grüße aus Österreich, Äpfel 5€ x".translate(tbl))
tbl2 = str.maketrans("abc", "αβγ", "xyz")
print(sorted(tbl2.items()))
print("aabbcc xyz!".translate(tbl2))
class Rot13:
    def __getitem__(self, o):
        if 97 <= o <= 122:
            return (o - 97 + 13) % 26 + 97
        raise LookupError
print("hello, wörld".translate(Rot13()))
for bad in [({"ab": "x"},), ("abc", "de"), ({1.5: "x"},)]:
    try:
        str.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print("TypeError", e)
print("abc".translate({97: 0x1F600, 98: "", 99: None}))

# partition / rpartition / removeprefix / removesuffix
for s in ["key=val=ue", "novalue", "=lead", "trail="]:
    print(s.partition("="), s.rpartition("="))
print("日本語テキスト".partition("語"), "ééé".rpartition("é"))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError", e)
for s in ["prefix_body_suffix", "prefix", "body", ""]:
    print(repr(s.removeprefix("prefix")), repr(s.removesuffix("suffix")), repr(s.removeprefix("")))

# find/count/replace with non-ASCII
s = "ababab—日本日本—ß"
print(s.find("日本"), s.rfind("日本"), s.index("—"), s.rindex("—"), s.count("ab"), s.count(""), s.count("日本", 8))
print(s.replace("ab", "AB", 2), s.replace("", "|", 3), s.replace("ß", "ss"))
print(s.startswith(("x", "aba")), s.endswith("—ß"), s.startswith("日本", 7), s.find("ß", -1))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  x  y ".split(), "x\u3000y\u2003z".split())
print("  \u3000pad\u2003 ".strip(), repr("xxhixx".strip("x")), repr("¡¡hola!!".strip("¡!")))
print("-".join(["α", "β"]), "".join(reversed("añb")), "ab" * 3, "ñ" in "señor", "ǅ".upper(), min("zéa"), max("zéa"))
print(sorted(["zebra", "Äpfel", "apple", "Zoë", "éclair", "Eagle"]))
print(sorted(["zebra", "Äpfel", "apple", "Zoë", "éclair", "Eagle"], key=str.casefold))
