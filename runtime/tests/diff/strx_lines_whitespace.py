import textwrap
import unicodedata

doc = "first\nsecond\r\nthird\rfourth\x0bfifth\x0csixth\x1cseventh\x1deighth\x1eninth\x85tenth\u2028eleventh\u2029twelfth"
lines = doc.splitlines()
print(len(lines), lines)
print([ascii(l) for l in doc.splitlines(keepends=True)])
print(ascii(doc.encode("utf-8").splitlines()))
print("a\r\n\r\nb\n".splitlines(), "".splitlines(), "\n".splitlines(), "x\n\n".split("\n"))

print("--- unicode whitespace")
ws = [cp for cp in range(0x3000 + 1) if chr(cp).isspace()]
print([hex(c) for c in ws])
s = "\u3000 word\u00a0next\u2003em\u200bzwsp\tTab\u180emongol\u205fmath\u3000"
print(s.split())
print(s.split(" "))
print(ascii(s.strip()), ascii(s.lstrip()), ascii(s.rstrip("\u3000")))
print("a\u2028b\u0085c".split(), "x\u00a0y".split(None, 0), " a  b ".split(None, 1))
print("  ab  cd ".rsplit(None, 1), "日本　語".split("　"))

print("--- expandtabs")
for t in ["a\tb", "日本\t語", "\tx", "ab\tcd\tef", "ö\tü\r\n\tz", "x\u0301\ty"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)))

print("--- textwrap")
para = ("Ünïcödé text wraps by code points — not by display width; 東京は日本の首都です。"
        "Long-hyphenated-words and spaces\u00a0non-breaking stay together? Zoë's naïve café.")
for w in (20, 33):
    print(f"width={w}")
    for line in textwrap.wrap(para, width=w):
        print("  |" + line + "|", len(line))
print(textwrap.fill("ａｂｃ ｄｅｆ ｇｈｉ ｊｋｌ", width=8))
print(textwrap.shorten("Crème brûlée is a dessert of rich custard — topped with caramel", width=30, placeholder=" …"))
print(textwrap.indent("línea uno\n\nlínea dos\n", "» "))
print(repr(textwrap.dedent("\u3000\u3000x\n\u3000\u3000y\n")))
print(repr(textwrap.dedent("    x\n      y\n")))

print("--- strip with char sets")
print("¡¡Hola!!".strip("¡!"), "«quoted»".strip("«»"), "ÅÅÄÖÖ".lstrip("Å"), "xyz😀😀".rstrip("😀"))
print("ﬁﬁx".removeprefix("ﬁ"), "cafe\u0301".removesuffix("\u0301"), "Straße".removesuffix("SSE"))

print("--- find/count/replace with combining sequences")
t = "cafe\u0301 café CAFÉ cafe"
print(t.count("é"), t.count("e"), t.find("é"), t.rfind("e\u0301"), t.index("CAF"))
nfc = unicodedata.normalize("NFC", t)
print(nfc.count("é"), len(t), len(nfc))
print(t.replace("e\u0301", "é").count("é"), t.replace("", "|", 3))
print(t.partition("é"), t.rpartition(" "))
print("ß".join(["a", "b", "c"]), "—".join("xyz"))
print("abc".startswith(("x", "ab")), "日本語".endswith("語", 0, 3), "日本語".startswith("本", 1))
print("%c%c%c" % (0x41, "é", 0x1F600), "%-6s|%6s|" % ("日本", "ß"), "%r %a" % ("ñ", "ñ"))
print("%5.2s|" % "日本語", "{:=^9}".format("中"), "{!a:>12}".format("naïve"))
