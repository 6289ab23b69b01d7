# A small tokenizer and recursive-descent expression evaluator.
import re
from dataclasses import dataclass

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|//|[-+*/%()^,=]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in TOKEN_SPEC))


@dataclass
class Token:
    kind: str
    text: str
    pos: int


def tokenize(src):
    out = []
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        out.append(Token(kind, m.group(), m.start()))
    out.append(Token("EOF", "", len(src)))
    return out


class Parser:
    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise SyntaxError(f"expected {text!r} got {t.text!r} at {t.pos}")
        self.i += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek().text in ("*", "/", "//", "%"):
            op = self.take().text
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            elif op == "//":
                v //= r
            else:
                v %= r
        return v

    def factor(self):
        if self.peek().text == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().text in ("**", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.take()
        if t.kind == "NUMBER":
            return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
        if t.kind == "NAME":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return FUNCS[t.text](*args)
            try:
                return self.env[t.text]
            except KeyError:
                raise NameError(f"name {t.text!r} is not defined") from None
        if t.text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected token {t.text!r} at {t.pos}")


FUNCS = {"max": max, "min": min, "abs": abs, "round": round}

env = {"x": 3, "y": 4.5, "big": 10**20}
cases = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "7 // 2 + 7 % 3",
    "x * y - 1",
    "max(1, x, 2) + min(4, 5)",
    "big // 7",
    "1e3 / 8",
    "round(y * 3.3, 2)",
    "abs(-x - 10)",
    "10 / 4",
    "1 +",
    "2 * (3",
    "z + 1",
    "3 $ 4",
    "1 / 0",
]
for c in cases:
    try:
        r = Parser(c, env).expr()
        print(f"{c:<28} = {r!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{c:<28} ! {type(e).__name__}: {e}")

for t in tokenize("a1 = 3.5e-2 ** (b // 2)"):
    print(t)
print(Token("NAME", "q", 0) == Token("NAME", "q", 0))
