"""Recursive-descent arithmetic parser/evaluator with a re-based tokenizer."""
import re
from dataclasses import dataclass, field
from enum import Enum, auto
import math
import operator


class Kind(Enum):
    NUM = auto()
    NAME = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    COMMA = auto()
    NEWLINE = auto()
    EOF = auto()


TOKEN_RE = re.compile(r"""
    (?P<NUM>     \d+(?:\.\d*)?(?:[eE][+-]?\d+)? )
  | (?P<NAME>    [A-Za-z_]\w* )
  | (?P<OP>      \*\*|//|[-+*/%^=<>]=?|! )
  | (?P<LPAREN>  \( )
  | (?P<RPAREN>  \) )
  | (?P<COMMA>   , )
  | (?P<NEWLINE> \n )
  | (?P<SKIP>    [ \t]+ | \#[^\n]* )
  | (?P<BAD>     . )
""", re.VERBOSE)


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    text: str
    line: int
    col: int


class ParseError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")
        self.line = line
        self.col = col


class EvalError(Exception):
    pass


def tokenize(src):
    line, line_start = 1, 0
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        text = m.group()
        col = m.start() - line_start + 1
        if kind == "SKIP":
            continue
        if kind == "BAD":
            raise ParseError(f"unexpected character {text!r}", line, col)
        yield Token(Kind[kind], text, line, col)
        if kind == "NEWLINE":
            line += 1
            line_start = m.end()
    yield Token(Kind.EOF, "", line, len(src) - line_start + 1)


@dataclass
class Num:
    value: float

@dataclass
class Var:
    name: str

@dataclass
class BinOp:
    op: str
    left: object
    right: object

@dataclass
class Unary:
    op: str
    operand: object

@dataclass
class Call:
    func: str
    args: list = field(default_factory=list)

@dataclass
class Assign:
    name: str
    value: object


BINARY = {
    "+": (10, operator.add), "-": (10, operator.sub),
    "*": (20, operator.mul), "/": (20, operator.truediv),
    "//": (20, operator.floordiv), "%": (20, operator.mod),
    "**": (30, operator.pow), "^": (30, operator.pow),
}
RIGHT_ASSOC = {"**", "^"}


class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.pos = 0

    @property
    def tok(self):
        return self.tokens[self.pos]

    def advance(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def expect(self, kind, text=None):
        t = self.tok
        if t.kind is not kind or (text is not None and t.text != text):
            want = text or kind.name
            got = t.text or t.kind.name
            raise ParseError(f"expected {want}, got {got!r}", t.line, t.col)
        return self.advance()

    def program(self):
        stmts = []
        while self.tok.kind is not Kind.EOF:
            if self.tok.kind is Kind.NEWLINE:
                self.advance()
                continue
            stmts.append(self.statement())
            if self.tok.kind not in (Kind.NEWLINE, Kind.EOF):
                t = self.tok
                raise ParseError(f"trailing {t.text!r}", t.line, t.col)
        return stmts

    def statement(self):
        if (self.tok.kind is Kind.NAME and
                self.tokens[self.pos + 1].kind is Kind.OP and
                self.tokens[self.pos + 1].text == "="):
            name = self.advance().text
            self.advance()
            return Assign(name, self.expr(0))
        return self.expr(0)

    def expr(self, min_prec):
        left = self.unary()
        while self.tok.kind is Kind.OP and self.tok.text in BINARY:
            op = self.tok.text
            prec, _ = BINARY[op]
            if prec < min_prec:
                break
            self.advance()
            next_min = prec if op in RIGHT_ASSOC else prec + 1
            left = BinOp(op, left, self.expr(next_min))
        return left

    def unary(self):
        if self.tok.kind is Kind.OP and self.tok.text in "+-":
            op = self.advance().text
            return Unary(op, self.unary())
        return self.postfix()

    def postfix(self):
        node = self.atom()
        while self.tok.kind is Kind.OP and self.tok.text == "!":
            self.advance()
            node = Call("fact", [node])
        return node

    def atom(self):
        t = self.tok
        match t.kind:
            case Kind.NUM:
                self.advance()
                return Num(float(t.text) if any(c in t.text for c in ".eE") else int(t.text))
            case Kind.NAME:
                self.advance()
                if self.tok.kind is Kind.LPAREN:
                    self.advance()
                    args = []
                    if self.tok.kind is not Kind.RPAREN:
                        args.append(self.expr(0))
                        while self.tok.kind is Kind.COMMA:
                            self.advance()
                            args.append(self.expr(0))
                    self.expect(Kind.RPAREN)
                    return Call(t.text, args)
                return Var(t.text)
            case Kind.LPAREN:
                self.advance()
                e = self.expr(0)
                self.expect(Kind.RPAREN)
                return e
            case _:
                raise ParseError(f"unexpected {t.text or t.kind.name!r}", t.line, t.col)


FUNCS = {
    "sqrt": math.sqrt, "max": max, "min": min, "abs": abs,
    "fact": math.factorial, "hypot": math.hypot, "round": round,
}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            try:
                return env[n]
            except KeyError:
                raise EvalError(f"undefined variable {n!r}") from None
        case Unary(op="-", operand=o):
            return -evaluate(o, env)
        case Unary(operand=o):
            return +evaluate(o, env)
        case BinOp(op=op, left=l, right=r):
            fn = BINARY[op][1]
            try:
                return fn(evaluate(l, env), evaluate(r, env))
            except ZeroDivisionError as exc:
                raise EvalError(f"division by zero in {op!r}") from exc
        case Call(func=f, args=args):
            if f not in FUNCS:
                raise EvalError(f"unknown function {f}()")
            vals = [evaluate(a, env) for a in args]
            try:
                return FUNCS[f](*vals)
            except (TypeError, ValueError) as exc:
                raise EvalError(f"{f}: {exc}") from exc
        case Assign(name=n, value=v):
            env[n] = evaluate(v, env)
            return env[n]
    raise TypeError(f"bad node {node!r}")


def show(node):
    match node:
        case Num(v): return repr(v)
        case Var(n): return n
        case BinOp(op, l, r): return f"({show(l)} {op} {show(r)})"
        case Unary(op, o): return f"({op}{show(o)})"
        case Call(f, a): return f"{f}({', '.join(map(show, a))})"
        case Assign(n, v): return f"{n} := {show(v)}"


SOURCES = [
    "1 + 2 * 3",
    "2 ** 3 ** 2",
    "-2 ^ 2",
    "(1 + 2) * (3 + 4) // 5 % 4",
    "x = 4\ny = x * 2.5\nhypot(x, y)  # pythagoras",
    "5! + sqrt(16)",
    "max(1, 7, 3) - min(4, -2)",
    "1 / 0",
    "1 +",
    "foo(1, 2",
    "3 $ 4",
    "a + 1",
    "sqrt(-1)",
    "round(2.675, 2) + 1e3",
    "x = 10\nx = x // 3\n\nx ** 2 2",
    "fact(2.5)",
]

for src in SOURCES:
    print("SRC:", src.replace("\n", " | "))
    env = {"pi": math.pi}
    try:
        prog = Parser(src).program()
        for stmt in prog:
            print("  AST:", show(stmt))
            print("  =", evaluate(stmt, env))
    except ParseError as e:
        print(f"  ParseError: {e} (line={e.line}, col={e.col})")
    except EvalError as e:
        cause = e.__cause__
        extra = f" <- {type(cause).__name__}: {cause}" if cause else ""
        print(f"  EvalError: {e}{extra}")

toks = list(tokenize("a1 = 3.5e-2 ** (b // 2)\n# c\nz!"))
for t in toks:
    print(t)
print(Kind.NUM, Kind["OP"].value, len(Kind), [k.name for k in Kind][:3])
