import re
from collections import namedtuple

Token = namedtuple("Token", "kind value line col")

SPEC = [
    ("NUMBER",   r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("STRING",   r'"(?:[^"\\]|\\.)*"'),
    ("ID",       r"[A-Za-z_]\w*"),
    ("OP",       r"==|!=|<=|>=|&&|\|\||[-+*/%<>=!(){},;]"),
    ("NEWLINE",  r"\n"),
    ("SKIP",     r"[ \t]+"),
    ("COMMENT",  r"//[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in SPEC))
KEYWORDS = {"if", "else", "while", "return", "let", "fn"}

def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - line_start + 1
        if kind == "NUMBER":
            value = float(value) if any(c in value for c in ".eE") else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "STRING":
            value = re.sub(r'\\(.)', lambda mm: {"n": "\n", "t": "\t"}.get(mm.group(1), mm.group(1)), value[1:-1])
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind in ("SKIP", "COMMENT"):
            continue
        elif kind == "MISMATCH":
            yield Token("ERROR", value, line, col)
            continue
        yield Token(kind, value, line, col)

SRC = r'''fn fact(n) {
  // recursive factorial
  if (n <= 1) { return 1; }
  return n * fact(n - 1);
}
let x = 3.5e2 + 42;
let s = "he said \"hi\"\tthen\nleft";
while (x != 0 && s) { x = x - 1; } @ #
'''

toks = list(tokenize(SRC))
for t in toks:
    print(f"{t.line:>2}:{t.col:<3} {t.kind:<8} {t.value!r}")
print(len(toks), "tokens")

from collections import Counter
c = Counter(t.kind for t in toks)
for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{k:<8}{n:>4}")

print(MASTER.groupindex["NUMBER"], MASTER.groups)
m = MASTER.match("abc")
print(m.lastgroup, m.lastindex, m.span(), m.groupdict()["ID"], m.groupdict()["NUMBER"])

scanner_words = re.findall(r"\b[a-z]+\b", SRC)
print(sorted(set(scanner_words)))
print(re.split(r"(\W+)", "a+b*(c-d)")[:12])
print(re.split(r"\s*;\s*", "a ; b;c  ;  d"))
print(re.sub(r"(?P<name>[a-z]+)\((?P<arg>\w+)\)", r"\g<arg>.\g<name>()", "len(x) + abs(y) + fact(n)"))
print(re.subn(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333 x 4"))
print(re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "1234567 and 89 and 1000"))
print(re.findall(r"(?<!\\)\"", r'a "b" \"c\" d'))
print(re.fullmatch(r"[A-Z]{2}-\d{3}", "AB-123") is not None, re.fullmatch(r"[A-Z]{2}-\d{3}", "AB-1234"))
