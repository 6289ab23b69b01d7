# A tokenizer + recursive-descent evaluator for a tiny expression language with
# unicode identifiers and string literals.
import re
from enum import Enum, auto
from typing import NamedTuple

class Kind(Enum):
    NUMBER = auto()
    STRING = auto()
    NAME = auto()
    OP = auto()
    NEWLINE = auto()
    SKIP = auto()
    COMMENT = auto()
    MISMATCH = auto()

class Token(NamedTuple):
    kind: Kind
    value: object
    line: int
    column: int

SPEC = [
    (Kind.NUMBER, r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    (Kind.STRING, r"\"(?:[^\"\\\n]|\\.)*\"|«[^»]*»"),
    (Kind.NAME, r"[^\W\d]\w*"),
    (Kind.OP, r"\*\*|[-+*/%(),=<>]|==|≤|≥|≠|×|÷"),
    (Kind.NEWLINE, r"\n"),
    (Kind.SKIP, r"[ \t\u00a0\u3000]+"),
    (Kind.COMMENT, r"#[^\n]*"),
    (Kind.MISMATCH, r"."),
]
MASTER = re.compile("|".join(f"(?P<{k.name}>{p})" for k, p in SPEC))

def tokenize(src):
    line, start = 1, 0
    for m in MASTER.finditer(src):
        kind = Kind[m.lastgroup]
        value = m.group()
        col = m.start() - start
        if kind is Kind.NUMBER:
            value = float(value) if any(c in value for c in ".eE") else int(value)
        elif kind is Kind.STRING:
            value = value[1:-1]
            if m.group().startswith('"'):
                value = value.encode("latin-1", "backslashreplace").decode("unicode_escape")
        elif kind is Kind.NEWLINE:
            line, start = line + 1, m.end()
            continue
        elif kind in (Kind.SKIP, Kind.COMMENT):
            continue
        elif kind is Kind.MISMATCH:
            raise SyntaxError(f"unexpected {value!r} (U+{ord(value):04X}) at {line}:{col}")
        yield Token(kind, value, line, col)

class Parser:
    OPS = {"+": 1, "-": 1, "*": 2, "×": 2, "/": 2, "÷": 2, "%": 2, "**": 3}
    def __init__(self, tokens, env):
        self.toks = list(tokens)
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None
    def take(self):
        t = self.peek(); self.i += 1; return t
    def expr(self, prec=1):
        left = self.atom()
        while (t := self.peek()) and t.kind is Kind.OP and self.OPS.get(t.value, 0) >= prec:
            op = self.take().value
            nxt = self.OPS[op] + (0 if op == "**" else 1)
            right = self.expr(nxt)
            left = self.apply(op, left, right)
        return left
    def apply(self, op, a, b):
        if op == "+": return a + b
        if op == "-": return a - b
        if op in "*×": return a * b
        if op in "/÷": return a / b
        if op == "%": return a % b
        return a ** b
    def atom(self):
        t = self.take()
        if t is None:
            raise SyntaxError("unexpected end")
        if t.kind in (Kind.NUMBER, Kind.STRING):
            return t.value
        if t.kind is Kind.NAME:
            if (n := self.peek()) and n.value == "(":
                self.take()
                args = []
                while self.peek().value != ")":
                    args.append(self.expr())
                    if self.peek().value == ",":
                        self.take()
                self.take()
                return self.env[t.value](*args)
            try:
                return self.env[t.value]
            except KeyError:
                raise NameError(f"name {t.value!r} is not defined") from None
        if t.value == "(":
            v = self.expr()
            self.take()
            return v
        if t.value == "-":
            return -self.atom()
        raise SyntaxError(f"bad token {t}")

env = {"π": 3.14159, "größe": 12, "数": 7, "länge": len, "upper": str.upper, "wiederhole": lambda s, n: s * n,
       "Σ": lambda *xs: sum(xs), "ǅ": 2}
programs = [
    "größe × 2 + 数",
    "2 ** 3 ** 2",
    "(1 + 2) * 3 - 4 / 8",
    'upper("straße") + « und » + "\\u00e9\\t!"',
    "länge(«日本語») + Σ(1, 2, 3, ǅ)",
    'wiederhole("ab", 3)',
    "π * 2 ÷ 4  # comment here",
    "10 % 3 + -2",
    "1e3 + 2.5E-1",
    "unbekannt + 1",
    "3 @ 4",
    "1 +",
    "x\u00a0\u3000+ 1",
]
for src in programs:
    try:
        toks = list(tokenize(src))
        print(src, "=>", [(t.kind.name, t.value) for t in toks])
        print("   =", repr(Parser(toks, env).expr()))
    except (SyntaxError, NameError, KeyError, ZeroDivisionError) as e:
        print(src, "!!", type(e).__name__, e)

multi = "a = 1\nb = «zwei»\n  # nur Kommentar\nc = größe\n"
for t in tokenize(multi):
    print(t)
print(Token(Kind.NAME, "x", 1, 0)._asdict(), Kind.NAME, repr(Kind.OP), Kind(3), list(Kind)[:3])
print(MASTER.groupindex["NAME"], MASTER.groups)
