# Tokenizer + Pratt parser + evaluator for a tiny expression language with
# variables, user functions, comparison chains and good error messages.
import math
import re
from typing import NamedTuple, Union


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|==|!=|<=|>=|[-+*/%^(),=<>])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        base = super().__str__()
        return base if self.pos is None else f"{base} at column {self.pos}"


def tokenize(src):
    out = []
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise CalcError(f"unexpected character {m.group()!r}", m.start())
        out.append(Token(kind, m.group(kind), m.start()))
    out.append(Token("EOF", "", len(src)))
    return out


Num = Union[int, float]
BINDING = {"==": 5, "!=": 5, "<": 5, ">": 5, "<=": 5, ">=": 5,
           "+": 10, "-": 10, "*": 20, "/": 20, "%": 20, "**": 30, "^": 30}
RIGHT = {"**", "^"}


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise CalcError(f"expected {text!r}, got {t.text or 'end'!r}", t.pos)
        return t

    def parse(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.next().text
            self.next()
            node = ("assign", name, self.expr(0))
        else:
            node = self.expr(0)
        if self.peek().kind != "EOF":
            t = self.peek()
            raise CalcError(f"trailing {t.text!r}", t.pos)
        return node

    def expr(self, rbp):
        left = self.prefix()
        while True:
            t = self.peek()
            bp = BINDING.get(t.text, -1) if t.kind == "OP" else -1
            if bp <= rbp:
                return left
            self.next()
            nbp = bp - 1 if t.text in RIGHT else bp
            right = self.expr(nbp)
            if bp == 5 and left[0] == "cmp":
                left = ("cmp", left[1] + [(t.text, right)])
            elif bp == 5:
                left = ("cmp", [(None, left), (t.text, right)])
            else:
                left = ("bin", t.text, left, right)

    def prefix(self):
        t = self.next()
        if t.kind == "NUM":
            return ("num", float(t.text) if any(c in t.text for c in ".eE") else int(t.text))
        if t.kind == "NAME":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr(0))
                self.expect(")")
                return ("call", t.text, args)
            return ("var", t.text)
        if t.text == "-":
            return ("neg", self.expr(25))
        if t.text == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        raise CalcError(f"unexpected {t.text or 'end of input'!r}", t.pos)


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs,
         "gcd": math.gcd, "hyp": math.hypot, "fact": math.factorial}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b,
       "**": pow, "^": pow}
CMPS = {"==": float.__eq__, "<": lambda a, b: a < b, ">": lambda a, b: a > b,
        "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b, "!=": lambda a, b: a != b}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise CalcError(f"unknown variable {node[1]}") from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "bin":
        a, b = evaluate(node[2], env), evaluate(node[3], env)
        try:
            return OPS[node[1]](a, b)
        except ZeroDivisionError as e:
            raise CalcError(f"division by zero in {node[1]}") from e
    if kind == "cmp":
        parts = node[1]
        prev = evaluate(parts[0][1], env)
        for op, sub in parts[1:]:
            cur = evaluate(sub, env)
            ok = CMPS[op](float(prev), float(cur)) if op == "==" else CMPS[op](prev, cur)
            if not ok:
                return 0
            prev = cur
        return 1
    if kind == "call":
        fn = FUNCS.get(node[1])
        if fn is None:
            raise CalcError(f"no function {node[1]}()")
        args = [evaluate(a, env) for a in node[2]]
        try:
            return fn(*args)
        except (TypeError, ValueError) as e:
            raise CalcError(f"{node[1]}: {e}") from e
    raise AssertionError(kind)


def show(node):
    k = node[0]
    if k == "num":
        return repr(node[1])
    if k == "var":
        return node[1]
    if k == "neg":
        return f"(-{show(node[1])})"
    if k == "bin":
        return f"({show(node[2])} {node[1]} {show(node[3])})"
    if k == "assign":
        return f"{node[1]} := {show(node[2])}"
    if k == "call":
        return f"{node[1]}({', '.join(map(show, node[2]))})"
    return " ".join(show(s) if op is None else f"{op} {show(s)}" for op, s in node[1])


env = {"pi": math.pi}
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 7 % 4 + 10 / 4",
    "x * 2", "y = fact(10) // 3", "y = fact(10) / 3", "1 < 2 < 3", "3 > 2 > 2",
    "max(1, x, 3) + min(4, 5)", "sqrt(16) + hyp(3, 4)", "gcd(84, 36)", "1 / 0",
    "fact(-1)", "foo(2)", "zz + 1", "1 +", "(2 * 3", "3 $ 4", "1.5e3 - 2.5E-1",
    "round = 2", "2 == 2.0", "1 2", "sqrt(2) * sqrt(2) == 2", "abs(-pi) >= 3.14",
]
for src in lines:
    try:
        tree = Parser(tokenize(src)).parse()
        value = evaluate(tree, env)
        print(f"{src:<26} {show(tree):<40} = {value!r}")
    except CalcError as e:
        cause = e.__cause__
        extra = f" (cause: {type(cause).__name__}: {cause})" if cause else ""
        print(f"{src:<26} error: {e}{extra}")

print(sorted(env.items()))
print(tokenize("a1 = 2.")[:3])
t = Token("NUM", "3", 0)
print(t._replace(text="4"), t._asdict(), Token._fields, t.kind, t[1])
