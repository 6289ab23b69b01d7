import re
log = """2024-01-05 10:22:01 ERROR [db] connection lost (code=42)
2024-01-05 10:22:05 WARN  [web] slow response 1.25s
2024-01-06 00:00:00 INFO  [db] reconnected
bad line here
2024-01-07 23:59:59 ERROR [auth] user 'bob' denied"""
pat = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>[\d:]+)\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<mod>\w+)\]\s+
    (?P<msg>.*)$
""", re.VERBOSE | re.MULTILINE)
for m in pat.finditer(log):
    print(m.group("level"), m["mod"], m.groupdict()["msg"], m.span("msg"), m.start(), m.lastgroup, m.lastindex)
print(pat.groupindex, pat.groups, pat.flags & re.VERBOSE != 0)
print(re.findall(r"(\w+)=(\d+)", "a=1 b=22 c=x d=4"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(a)|(b)", "ab"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b,c"), re.split(r"x*", "axbc"))
print(re.split(r"\s+", " a b ", maxsplit=1), re.split(r"(?:a)|(b)", "1a2b3"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"a", "A", "banana", count=2), re.sub(r"(?P<x>b)", r"<\g<x>\g<0>>", "abc"))
print(re.sub("", "-", "abc"), re.sub(r"x*", "-", "abxd"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match(r"a", "ba"), re.search(r"a", "ba"))
print(re.escape("a.b*c?d[e]f{g} h-i"), re.escape("über_1"))
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"\b\w+(?=ing\b)", "singing and dancing ring"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.c", "a\nc abc", re.S))
print(re.search(r"(\d+)(?!\d|px)", "100px 200em").group(1), re.search(r"(?<!\w)cat", "concat cat").start())
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(0, 1, 3), m.span(2), m.expand(r"\1-\3"))
print(re.compile(r"\d").pattern, repr(re.compile(r"a+", re.I)), re.compile("x") == re.compile("x"))
print(re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe").groupdict(), repr(re.search("b", "abc")))
print(re.findall(r"[\u00e0-\u00ff]+", "café naïve"), re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo", re.A))
print(re.findall(r"(\w)\1", "aabbcdd"), re.sub(r"(?m)^", "> ", "a\nb"), re.findall(r"\Bb\B", "abc b bb"))
print(re.search(r"a{2,3}?", "aaaa").group(), re.search(r"<.*?>", "<a><b>").group(), re.findall(r"a|ab", "ab"))
print([m.group() for m in re.finditer(r"\S+", "  x yy  zzz ")], re.compile(r"o").findall("foo boo", 2, 6))
print(re.split(r"\b", "hi you"), re.purge(), re.compile(r"(?x) a b # comment").match("ab"))
s = re.Scanner if hasattr(re, "Scanner") else None
print(re.sub(r"\s+", " ", "  multiple   spaces\t\nhere "), re.match(r"[^\W\d_]+", "abc1").group())
print(re.findall(r"\d{1,3}(?=(?:\d{3})+$)", "1234567"), re.sub(r"\B(?=(\d{3})+(?!\d))", ",", "1234567"))
tmpl = re.compile(r"\{(\w+)(?::([^}]*))?\}")
print(tmpl.sub(lambda m: m.group(1).upper() + (f"[{m.group(2)}]" if m.group(2) else ""), "Hi {name}, {n:03d}!"))
print(re.match(r"(?P<a>x)|(?P<b>y)", "y").lastgroup, re.match("(x)(y)?", "x").lastindex)
