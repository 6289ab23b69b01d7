import re
import math
from fractions import Fraction

TOKEN_RE = re.compile(r"""
    \s*(?:
        (?P<num>\d+(?:\.\d+)?)
      | (?P<name>[a-zA-Z_]\w*)
      | (?P<op>\*\*|//|[-+*/%^(),=])
    )""", re.VERBOSE)

class ParseError(Exception):
    pass

def lex(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {src[pos:].lstrip()[:1]!r} at {pos}")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    out.append(("eof", None))
    return out

class Parser:
    def __init__(self, toks, env):
        self.toks = toks
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, val=None):
        tok = self.toks[self.i]
        if val is not None and tok[1] != val:
            raise ParseError(f"expected {val!r}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            val = self.expr()
            self.env[name] = val
            return name, val
        return None, self.expr()

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek()[1] in ("*", "/", "//", "%"):
            op = self.take()[1]
            r = self.unary()
            if op == "*":
                v = v * r
            elif op == "/":
                v = Fraction(v) / r
            elif op == "//":
                v = v // r
            else:
                v = v % r
        return v

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return Fraction(val) if "." in val else int(val)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return call(val, args)
            if val not in self.env:
                raise NameError(f"name {val!r} is not defined")
            return self.env[val]
        if val == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected token {val!r}")

FUNCS = {
    "max": max, "min": min, "abs": abs,
    "gcd": math.gcd, "sqrt": lambda x: math.isqrt(x) if isinstance(x, int) else math.sqrt(x),
    "fact": math.factorial, "comb": math.comb,
}

def call(name, args):
    if name not in FUNCS:
        raise NameError(f"unknown function {name}")
    return FUNCS[name](*args)

def show(v):
    if isinstance(v, Fraction):
        if v.denominator == 1:
            return str(v.numerator)
        return f"{v} (~{float(v):.6g})"
    return repr(v)

PROGRAM = """
x = 3
y = x * 4 + 2
y / 4
z = (x + y) // 4
2 ** 10 - 1
2 ^ 3 ^ 2
-2 ** 2
(-2) ** 2
1.5 * 4
0.1 + 0.2
1 / 3 + 1 / 6
max(x, y, z) - min(3, 1, 2)
gcd(84, 36)
fact(20)
comb(52, 5)
sqrt(1000000)
17 % 5 + -17 % 5
abs(-7 / 2)
w + 1
1 / 0
3 +
foo(1)
2 * (3 + 4
4 $ 4
big = 3 ** 100
big % 1000007
gcd(2 ** 40, 6 ** 20)
max(1 / 3, 0.3333)
min(-1, -(2 ** 3), 7 // -2)
7 // 2 * 2 + 7 % 2
-7 // 2
(1 / 2) ** 2
(2 / 3) ** -2
2 ** -1
4 ** 0.5
fact(5) / fact(3)
comb(10, 3) - comb(10, 7)
sqrt(2)
sqrt(1 / 4)
abs(3 - 10) * -1
r = 22 / 7
r - 3.14159
r * 7
q = r ** 2
q + x
a = b = 1
max()
)(
9 ** 9 ** 0
"""

env = {}
for lineno, line in enumerate(PROGRAM.strip().splitlines(), 1):
    try:
        name, val = Parser(lex(line), env).statement()
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{lineno:>2}| {line:<28} !! {type(e).__name__}: {e}")
        continue
    if name:
        print(f"{lineno:>2}| {line:<28} {name} := {show(val)}")
    else:
        print(f"{lineno:>2}| {line:<28} => {show(val)}")

print()
for k in sorted(env):
    print(f"{k:>4} = {show(env[k])[:40]}")
