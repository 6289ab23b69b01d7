# A byte-stream lexer: decode UTF-8 packets with codecs.utf_8_decode (keeping the
# unconsumed tail), then tokenize with re.Scanner and evaluate rational amounts.
import codecs
import re
from fractions import Fraction

packets = [
    "qty=3/4 kg; ".encode()[:5],
    "qty=3/4 kg; ".encode()[5:],
    "preis=١٢/٥ €; näme=Zoë; ".encode()[:9],
    "preis=١٢/٥ €; näme=Zoë; ".encode()[9:21],
    "preis=١٢/٥ €; näme=Zoë; ".encode()[21:],
    "ratio=0.125; total=1_000/3;\n".encode(),
]

buffered = b""
decoded = []
for i, pkt in enumerate(packets):
    data = buffered + pkt
    text, used = codecs.utf_8_decode(data, "strict", False)
    buffered = data[used:]
    decoded.append(text)
    print(f"packet {i}: {len(pkt):2} bytes -> {text!r} (kept {buffered!r})")
text, used = codecs.utf_8_decode(buffered, None, True)
decoded.append(text)
stream = "".join(decoded)
print("stream:", repr(stream))

for bad in [b"ok\xc3", b"ok\xff", b"\xe2\x82"]:
    for final in (False, True):
        try:
            print(bad, final, codecs.utf_8_decode(bad, "strict", final))
        except UnicodeDecodeError as e:
            print(bad, final, "error:", e.reason, e.start, e.end)
print(codecs.utf_8_decode(b"a\xffb", "replace", True), codecs.latin_1_decode(b"Zo\xeb"), codecs.ascii_encode("abc"))
print(codecs.utf_8_encode("€"), codecs.latin_1_encode("Zoë"), codecs.utf_16_le_encode("hé"), codecs.utf_16_be_decode(b"\x00h\x00"))
try:
    codecs.ascii_decode(b"caf\xe9")
except UnicodeDecodeError as e:
    print("ascii_decode:", e)
try:
    codecs.latin_1_encode("€")
except UnicodeEncodeError as e:
    print("latin_1_encode:", e)

# Lexer.  re.Scanner patterns work on ASCII classes unless re.UNICODE is given.
def lexer(flags=0):
    return re.Scanner([
        (r"\d+(?:_\d+)*(?:/\d+(?:_\d+)*|\.\d+)?", lambda s, t: ("NUM", t)),
        (r"\w+", lambda s, t: ("NAME", t)),
        (r"=", lambda s, t: ("EQ", t)),
        (r";", lambda s, t: ("SEMI", t)),
        (r"[€$£]|kg", lambda s, t: ("UNIT", t)),
        (r"\s+", None),
    ], flags)

for label, flags in [("default", 0), ("unicode", re.UNICODE), ("ignorecase", re.I)]:
    tokens, rest = lexer(flags).scan(stream)
    print(label, len(tokens), "rest:", repr(rest[:20]))
    print("   ", tokens[:12])

tokens, rest = lexer(re.U).scan(stream)
values = {}
it = iter(tokens)
for kind, val in it:
    if kind == "NAME":
        eq = next(it)
        k2, v2 = next(it)
        values[val] = Fraction(v2) if k2 == "NUM" else v2
for k, v in values.items():
    print(f"  {k:6} -> {v!r} {str(v)}")
total = sum(v for v in values.values() if isinstance(v, Fraction))
print("sum:", total, float(total))

for s in ["٣/٤", "۱۲.۵", "１/２", "7e٣", "१०/२०", "3 / 4", "3/-4", "x/2"]:
    try:
        print(repr(s), Fraction(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
