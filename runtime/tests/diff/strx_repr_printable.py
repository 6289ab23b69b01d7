import unicodedata

samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nret\r", "\x00\x07\x1b[0m",
    "\x7f\x80\x9f\xa0\xad", "é ñ ü", "\u200b\u200d\u2028\u2029", "\ufeff", "\u00ad soft",
    "日本", "😀", "\U000e0001", "\U0010ffff", "\ue000", "\uffff\ufffe", "\U0001f3fb",
    "\u0301", "\u3000", "\u1680", "back\\slash", "\u061c", "\U00013430", "\u0378",
]
for s in samples:
    r = repr(s)
    a = ascii(s)
    print(a, "|", ascii(r), "|", s.isprintable(), eval(r) == s, eval(a) == s)

print("--- per-char printable by category")
from collections import defaultdict
bycat = defaultdict(lambda: [0, 0])
ranges = list(range(0, 0xD800)) + list(range(0xE000, 0x10000)) + list(range(0x1F000, 0x1F700)) + list(range(0xE0000, 0xE0080))
for cp in ranges:
    c = chr(cp)
    cat = unicodedata.category(c)
    bycat[cat][0] += 1
    if c.isprintable():
        bycat[cat][1] += 1
for cat in sorted(bycat):
    print(cat, bycat[cat])

print("--- repr of containers")
d = {"ключ": ["значение", "\t"], "k\x00": ("\u2603",), "😀": {"\\"}}
print(repr(d))
print(ascii(d))
print(str(["é", "\x1b"]), f"{'ß'!r} {'ß'!a} {'ß'!s}")

print("--- escape round trips")
def c_escape(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 0x20 <= cp < 0x7f:
            out.append(ch)
        elif cp < 0x10000:
            out.append(f"\\u{cp:04x}")
        else:
            out.append(f"\\U{cp:08x}")
    return '"' + "".join(out) + '"'

for s in ["é\"x\\", "😀\n", "日本\u0000"]:
    esc = c_escape(s)
    back = esc[1:-1].encode("ascii").decode("unicode_escape")
    print(esc, back == s)

print("--- ord/chr edges")
for cp in [0, 0x7f, 0xff, 0x100, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff]:
    c = chr(cp)
    print(hex(cp), ascii(c), ord(c) == cp, len(c.encode("utf-8")), len(c.encode("utf-16-le")))
for bad in [-1, 0x110000, 2**31]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"a", 5]:
    try:
        print(ord(bad))
    except TypeError as e:
        print("TypeError", e)
print(ord(b"z"), ord(bytearray(b"\xff")))

print("--- escape sequences in literals")
lits = ["\101\x42\u0043\U00000044\N{LATIN CAPITAL LETTER E}", "\o", r"\n\t", "\x41" "\x42", b"\xe9".decode("latin-1")]
print([ascii(x) for x in lits])
print(ascii("\N{EM SPACE}|\N{NO-BREAK SPACE}|\N{ZERO WIDTH JOINER}"))
