import re

tests = [
    (r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", "on 2024-03-15 and 1999-12-31."),
    (r"(\w+)@(\w+)\.com", "a@b.com, x.y@z.com, bad@.com"),
    (r"(?i)hello", "Hello HELLO hello hElLo"),
    (r"^\s*#.*$", "code\n  # comment\nmore # not\n#top"),
    (r"(?m)^\w+", "alpha beta\ngamma\n delta"),
    (r"(?s)<b>.*?</b>", "<b>one\ntwo</b> <b>three</b>"),
    (r"\bcat\b", "cat catalog concat cat."),
    (r"(a|b)*c", "ababc abc c"),
    (r"(\d+)(?=%)", "10% 20 30% 4"),
    (r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7, not 9"),
    (r"(?<![\w.])\d+(?![\w.])", "1 2a 3.4 x5 67"),
    (r"(\w)\1", "hello bookkeeper aa"),
    (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\" or 'mixed\""),
    (r"(?:ab)+", "ababab abab a"),
    (r"x*", "axxb"),
    (r"(?x) \d+ # digits\n \s* [a-z]+ # word", "12 abc 34def"),
    (r"[^\W\d_]+", "héllo wörld_123 ñ"),
    (r"(a)?b(c)?", "b ab bc abc"),
    (r"(?(1)x|y)", "y"),
    (r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", "<user@host.com>"),
    (r"\d{2,3}?", "12345"),
    (r"(?a)\w+", "naïve café"),
    (r"\u00e9|\x41|\N{BULLET}", "é A • e"),
    (r"(?>a+)b", "aaab"),
    (r"a++b", "aaab aab"),
    (r"[[:alpha:]]", "x:"),
]
for pat, text in tests:
    try:
        rx = re.compile(pat)
    except re.error as e:
        print(f"{pat!r}: error {e}")
        continue
    found = rx.findall(text)
    spans = [m.span() for m in rx.finditer(text)]
    print(f"{pat!r}\n   findall={found}\n   spans={spans}")

m = re.search(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]*);?", "  retries = 5 ; x")
print(m.group(0), m.group("key", "val"), m.groups(), m.groupdict(), m.start("val"), m.end("val"), m.span(2), m.lastgroup, m.pos, m.endpos, m.re.pattern)
print(m[0], m[1], m["val"], m.expand(r"\g<val>=\1"), repr(m)[:40])
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.lastindex)

def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
for n in ["CamelCase", "getHTTPResponseCode", "simple", "HTTPServer2Go", "already_snake"]:
    print(n, "->", camel_to_snake(n))

def snake_to_camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)
print(snake_to_camel("make_it_camel_case"), snake_to_camel("_leading"))

print(re.sub(r"\s+", " ", "  lots   of\t\nspace  ").strip())
print(re.sub(r"(?m)^", "> ", "quote\nthis\n"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub("a", r"\n", "bab") == "b\nb", re.sub("a", lambda m: r"\n", "bab"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b,c", maxsplit=1), re.split(r"x*", "axbc"))
print(re.escape("a.b*c?(d)[e]{f} g-h/i"), re.escape("éè_1"))
print(re.findall(r"\d+|[a-z]+", "abc123def45"), re.findall(r"(\d)(\w)", "1a2b3"), re.findall(r"((a)(b))", "abab"))
for flags in [0, re.I, re.M, re.S, re.X, re.I | re.M, re.A, re.U]:
    print(repr(re.RegexFlag(flags)) if flags else 0, end=" ")
print()
print(re.compile(r"\d", re.I | re.M).flags & (re.I | re.M) == re.I | re.M)
for bad in [r"(", r"[a-", r"a{2,1}", r"(?P<1>x)", r"\1", r"*a", r"(?<=a+)b", r"(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r:14} -> {e}")
pat = re.compile(r"\w+")
print(pat.search("  hi there", 3).group(), pat.match("  hi", 2).group(), pat.fullmatch("hi there", 0, 2).group())
print([m.group() for m in pat.finditer("a bb ccc", 2, 6)])
scanner = re.Scanner([(r"\d+", lambda s, t: ("N", int(t))), (r"[a-z]+", lambda s, t: ("W", t)), (r"\s+", None)])
print(scanner.scan("abc 12 de 3 !x"))
