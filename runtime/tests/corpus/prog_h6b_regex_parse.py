import re

log = """2023-04-01 12:00:01 INFO  user=alice action=login ip=10.0.0.1
2023-04-01 12:03:17 WARN  user=bob action=fail ip=10.0.0.22
2023-04-01 12:05:59 ERROR user=alice action=crash ip=10.0.0.1 code=500
2023-04-02 08:00:00 INFO  user=carol action=login ip=192.168.1.5"""

line_re = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+)\s+(?P<rest>.*)$", re.M)
for m in line_re.finditer(log):
    kv = dict(re.findall(r"(\w+)=(\S+)", m.group("rest")))
    print(m.group("date"), m.group("level"), kv, m.span("level"))
m = line_re.search(log)
print(m.groupdict(), m.groups()[:2], m.start(), m.end(), m.lastgroup, m.lastindex)
print(m[0][:10], m["time"])

print(re.sub(r"(\d+)", lambda mm: str(int(mm.group(1)) * 2), "a1 b22 c333"))
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\2 at \g<w>", "joe@site, ann@home"))
print(re.subn(r"\s+", " ", "a   b \t c\n d"))
print(re.split(r"[,;]\s*", "a, b;c ,d"))
print(re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\b", "hi there"))
print(re.findall(r"\b[A-Z]\w*", "Alice and Bob met Carol"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d{3}", "1234"))
print(re.match(r"abc", "ABCdef", re.I).group())
print(re.findall(r"^\w+", "one\ntwo\nthree", flags=re.MULTILINE))
print(re.search(r"a.c", "a\nc", re.S).group() == "a\nc")
print(re.findall(r"\d+(?=px)", "10px 20em 30px"))
print(re.findall(r"(?<!\$)\b\d+", "$10 20 $30 40"))
print(re.findall(r"(?<=@)\w+", "x@foo y@bar"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
verbose = re.compile(r"""
    (?P<num>[+-]?\d+(?:\.\d+)?)   # a number
    \s*
    (?P<unit>[a-z]+)?              # optional unit
""", re.X)
for mm in verbose.finditer("12.5kg -3 7m"):
    print(mm.group("num"), mm.group("unit"), mm.groupdict(default="?"))
print(re.escape("a.b*c?(d)"))
p = re.compile(r"(a)(b)?")
mm = p.match("ac")
print(mm.groups(), mm.groups("-"), mm.group(1, 2), mm.span(2))
print(p.pattern, p.groups, p.flags & re.U != 0, p.groupindex)
print(re.sub(r"x*", "-", "abxd"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.findall(r"[^\W\d_]+", "abc_123 déf"))
print(re.match(r"(?P<a>x)(?P=a)", "xx").group(), re.match(r"(\w)\1", "aa").group())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(re.sub(r"\d", "#", "a1b2c3", count=2))
print(repr(re.compile(r"\d+", re.I)))
print(repr(re.match(r"\d+", "123abc")))
tok = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
print([t for t in tok.findall("x = 42 + y1")])
print(re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaaaa"))
print(bool(re.search(r"^$", "")), re.search(r"\Bcat\B", "concatenate").span())
print(re.compile(r"a|b").sub("", "abcab"), re.purge())
