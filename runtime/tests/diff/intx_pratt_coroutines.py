"""Pratt parser with a token-class registry (__init_subclass__), a coroutine lexer and an operator-overloading AST builder."""
from __future__ import annotations
import re
import traceback
from dataclasses import dataclass
from typing import ClassVar


class SyntaxProblem(Exception):
    def __init__(self, message, *, pos):
        super().__init__(message)
        self.pos = pos

    def __str__(self):
        return f"{self.args[0]} (at offset {self.pos})"


class TokenType:
    registry: ClassVar[dict] = {}
    lbp: ClassVar[int] = 0
    symbol: ClassVar[str | None] = None

    def __init_subclass__(cls, symbol=None, lbp=0, **kw):
        super().__init_subclass__(**kw)
        cls.symbol, cls.lbp = symbol, lbp
        if symbol is not None:
            if symbol in TokenType.registry:
                raise TypeError(f"duplicate symbol {symbol!r}")
            TokenType.registry[symbol] = cls

    __slots__ = ("value", "pos")

    def __init__(self, value, pos):
        self.value, self.pos = value, pos

    def nud(self, p):
        raise SyntaxProblem(f"unexpected {self.value!r}", pos=self.pos)

    def led(self, p, left):
        raise SyntaxProblem(f"{self.value!r} is not an infix operator", pos=self.pos)

    def __repr__(self):
        return f"{type(self).__name__}({self.value!r})"


class Literal(TokenType):
    __slots__ = ()
    def nud(self, p):
        return ("num", self.value)


class Name(TokenType):
    __slots__ = ()
    def nud(self, p):
        return ("name", self.value)


class End(TokenType, symbol="(end)"):
    __slots__ = ()


def infix(sym, bp, right=False):
    def led(self, p, left):
        return (sym, left, p.expression(bp - (1 if right else 0)))
    return type(f"Infix_{sym}", (TokenType,), {"led": led, "__slots__": ()}, symbol=sym, lbp=bp)


for s, bp in [("+", 10), ("-", 10), ("*", 20), ("/", 20), ("%", 20)]:
    infix(s, bp)
infix("**", 30, right=True)
infix("==", 5)
infix("<", 5)


class Minus(TokenType, symbol="neg"):
    pass


class Sub(TokenType.registry["-"]):
    pass


def prefix_nud(self, p):
    return ("neg", p.expression(25))


TokenType.registry["-"].nud = prefix_nud


class LParen(TokenType, symbol="(", lbp=40):
    __slots__ = ()
    def nud(self, p):
        e = p.expression(0)
        p.advance(")")
        return e

    def led(self, p, left):
        args = []
        if p.token.symbol != ")":
            while True:
                args.append(p.expression(0))
                if p.token.symbol != ",":
                    break
                p.advance(",")
        p.advance(")")
        return ("call", left, tuple(args))


class RParen(TokenType, symbol=")"):
    __slots__ = ()


class Comma(TokenType, symbol=","):
    __slots__ = ()


class Ternary(TokenType, symbol="?", lbp=3):
    __slots__ = ()
    def led(self, p, left):
        then = p.expression(0)
        p.advance(":")
        return ("if", left, then, p.expression(2))


class Colon(TokenType, symbol=":"):
    __slots__ = ()


LEX = re.compile(r"\s*(?:(\d+)|(\w+)|(\*\*|==|[-+*/%<(),?:]))")


def lexer():
    """Coroutine: send source text chunks, receive lists of tokens; send None to finish."""
    buffer, offset, out = "", 0, []
    while True:
        chunk = yield out
        out = []
        if chunk is None:
            if buffer.strip():
                raise SyntaxProblem("dangling input", pos=offset)
            out.append(End("(end)", offset))
            yield out
            return
        buffer += chunk
        while True:
            m = LEX.match(buffer)
            if not m or m.end() == len(buffer) and m.group(2) and not chunk.endswith(" "):
                break
            num, name, op = m.groups()
            start = offset + m.start(m.lastindex)
            if num:
                out.append(Literal(int(num), start))
            elif name:
                out.append(Name(name, start))
            else:
                out.append(TokenType.registry[op](op, start))
            offset += m.end()
            buffer = buffer[m.end():]
        if buffer.strip() and not LEX.match(buffer):
            bad = len(buffer) - len(buffer.lstrip())
            raise SyntaxProblem(f"bad character {buffer.strip()[0]!r}", pos=offset + bad)


def tokenize(chunks):
    lx = lexer()
    next(lx)
    toks = []
    for c in chunks:
        toks += lx.send(c)
    toks += lx.send(None)
    lx.close()
    return toks


class Parser:
    def __init__(self, tokens):
        self.tokens = iter(tokens)
        self.token = next(self.tokens)

    def advance(self, expected=None):
        if expected and self.token.symbol != expected:
            raise SyntaxProblem(f"expected {expected!r}, found {self.token.value!r}", pos=self.token.pos)
        self.token = next(self.tokens)

    def expression(self, rbp=0):
        t = self.token
        self.advance()
        left = t.nud(self)
        while rbp < self.token.lbp:
            t = self.token
            self.advance()
            left = t.led(self, left)
        return left


def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("name", n):
            return env[n]
        case ("neg", x):
            return -evaluate(x, env)
        case ("if", c, a, b):
            return evaluate(a, env) if evaluate(c, env) else evaluate(b, env)
        case ("call", f, args):
            return evaluate(f, env)(*(evaluate(a, env) for a in args))
        case (op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return {"+": a + b, "-": a - b, "*": a * b, "**": a ** b, "==": a == b, "<": a < b,
                    "/": a / b if b else float("nan"), "%": a % b if b else 0}[op]


ENV = {"x": 7, "y": 3, "max": max, "abs": abs}
CASES = [
    ["1 + 2 * 3"], ["2 ** 3 ** 2"], ["-x ** 2"], ["(1 + 2) * -3"], ["max(x, y, 10) - abs(-4)"],
    ["x < y ? 100 : y == 3 ? 200 : 300"], ["10 % 4 + 7 / 2"], ["1 +", " 2 +", " 3"],
    ["fo", "o + 1"], ["1 + * 2"], ["(1 + 2"], ["max(1,)"], ["3 $ 4"], ["x ? 1"], [")"],
]
for chunks in CASES:
    src = "".join(chunks)
    try:
        toks = tokenize(chunks)
        tree = Parser(toks).expression()
        print(f"{src!r:36} {tree} => {evaluate(tree, ENV)}")
    except SyntaxProblem as e:
        print(f"{src!r:36} SyntaxProblem: {e}")
    except KeyError as e:
        print(f"{src!r:36} unbound {e}")

print(sorted(TokenType.registry))
print(Sub.symbol, Sub.lbp, Minus.symbol, issubclass(Sub, TokenType), Sub.__mro__[1].__name__)
try:
    class Again(TokenType, symbol="+"):
        pass
except TypeError as e:
    print("TypeError:", e)
t = Literal(5, 0)
try:
    t.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Minus(1, 2), "__dict__"), hasattr(t, "__dict__"), Literal.__slots__, TokenType.__slots__)


def chained():
    try:
        tokenize(["1 @ 2"])
    except SyntaxProblem as e:
        raise ValueError("could not parse config") from e


try:
    chained()
except ValueError as e:
    lines = traceback.format_exception(e)
    print([l.splitlines()[-1].strip() for l in lines if not l.startswith("  File")])
    print(e.__cause__.pos, e.__suppress_context__, type(e.__context__).__name__)
