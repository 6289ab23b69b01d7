# Log/text scanner using re with unicode-aware classes.
import re

text = "Zoë met Ōsaka-born 李小龙 at café_№5 on 2024-03-15; price €12,50 or ١٢٣ ₹; ﬁne Straße ΣΊΣΥΦΟΣ x²"

print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d+", text))
print(re.findall(r"\d+", text, flags=re.A))
print(re.findall(r"\b\w", text))
print(re.findall(r"[^\W\d_]+", text))
print(re.findall(r"\s", "a\u00a0b\u2003c\u3000d\x1ce\x85f"))
print(re.findall(r"\s", "a\u00a0b\u2003c\u3000d\x1ce\x85f", re.ASCII))

# ignorecase across scripts
for pat, s in [("straße", "STRASSE"), ("straße", "STRAßE"), ("σίσυφος", "ΣΊΣΥΦΟΣ"), ("ς", "Σ"), ("k", "\u212a"),
               ("ǆ", "ǅ"), ("[a-z]+", "ſK"), ("ı", "I"), ("i", "İ"), ("ﬁ", "FI"), ("µ", "Μ")]:
    print(repr(pat), repr(s), bool(re.fullmatch(pat, s, re.I)), bool(re.fullmatch(pat, s, re.I | re.A)))

# named groups, lookbehind, verbose
date_re = re.compile(r"""
    (?P<year>\d{4})   # year
    -(?P<month>0[1-9]|1[0-2])
    -(?P<day>\d{2})
""", re.VERBOSE | re.ASCII)
m = date_re.search(text)
print(m.group(0), m.groupdict(), m.span("month"), m.start("day"), m.lastgroup, m.lastindex)
print(re.findall(r"(?<=€)\d+(?:,\d+)?", text))
print(re.findall(r"(?<!\w)[A-ZÖŌΣ]\w*", text))
print(re.sub(r"(?P<w>\w+)@(?P<d>\w+)", r"\g<d> at \g<w>", "anna@exämple bob@zürich"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2)[::-1], "héllo wörld ǆungla"))
print(re.subn(r"\s+", " ", "  many\t\tspaces\n\u3000here  "))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub("x*", "-", "abxd"))
print(re.sub(r"\b", "|", "ab cd"))

# split with groups
print(re.split(r"([,;])\s*", "a, b;c ,d"))
print(re.split(r"(?:,)|(;)", "a,b;c"))
print(re.split(r"\W+", "Grüße, 世界! ok"))
print(re.split(r"(\W+)", "Grüße, 世界! ok", maxsplit=1))
print(re.split(r"", "abc"))

# escape
for s in ["a.b*c", "café (€)", "tab\tnew\nline", "100%", "-_=~#&", "日本"]:
    e = re.escape(s)
    print(repr(s), repr(e), bool(re.fullmatch(e, s)))

# finditer with positions
for m in re.finditer(r"(?P<num>[\d١٢٣]+)", text):
    print(m["num"], m.span(), repr(m.string[m.start() - 1]))

# fullmatch vs match
for s in ["abc", "abcd", "ab"]:
    print(s, bool(re.match("abc", s)), bool(re.fullmatch("abc|abcd", s)))

# errors
for bad in ["(", "[a-", "a{2,1}", r"(?P<1x>a)", r"\p{L}", "(?<=a+)b", "*a"]:
    try:
        re.compile(bad)
        print("ok", bad)
    except re.error as e:
        print("error", repr(bad), e.msg, e.pos)

# pattern attributes
p = re.compile(r"(?P<k>\w+)=(?P<v>[^;]*)", re.I)
print(p.pattern, p.groups, sorted(p.groupindex.items()), p.flags & re.I != 0, p.flags & re.U != 0)
print(dict(p.findall("name=Zoë;città=Roma;x=")))
print(p.sub(lambda m: f"{m['k'].upper()}:{len(m['v'])}", "name=Zoë;città=Roma;x="))
print(re.compile(rb"\w+").findall("café".encode()))
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(1, 3), m.expand(r"<\1|\3>"))
