# Tokenizer, recursive-descent parser and evaluator for a small expression language.
import math
import operator
class CalcError(Exception):
    def __init__(self, message, pos):
        super().__init__(message, pos)
        self.message = message
        self.pos = pos
    def __str__(self):
        return f"{self.message} at column {self.pos}"
class LexError(CalcError): pass
class ParseError(CalcError): pass
class EvalError(CalcError): pass
class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"
OPS = {"+", "-", "*", "/", "%", "^", "(", ")", ",", "=", "//"}
def tokenize(src):
    i, out = 0, []
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1; continue
        elif ch.isdigit() or (ch == "." and src[i + 1:i + 2].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            if j < len(src) and src[j] in "eE":
                j += 1
                if j < len(src) and src[j] in "+-":
                    j += 1
                while j < len(src) and src[j].isdigit():
                    j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise LexError(f"malformed number {text!r}", i)
            out.append(Token("num", text, i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(Token("name", src[i:j], i))
            i = j
        elif src.startswith("//", i):
            out.append(Token("op", "//", i)); i += 2
        elif ch in OPS:
            out.append(Token("op", ch, i)); i += 1
        else:
            raise LexError(f"unexpected character {ch!r}", i)
    out.append(Token("end", "", len(src)))
    return out
class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0
    @property
    def tok(self):
        return self.toks[self.i]
    def take(self, kind=None, text=None):
        t = self.tok
        if (kind and t.kind != kind) or (text and t.text != text):
            want = text or kind
            got = t.text or "end of input"
            raise ParseError(f"expected {want!r}, got {got!r}", t.pos)
        self.i += 1
        return t
    def statement(self):
        if self.tok.kind == "name" and self.toks[self.i + 1].text == "=":
            name = self.take("name").text
            self.take(text="=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take("end")
        return node
    def expr(self):
        node = self.term()
        while self.tok.text in ("+", "-"):
            op = self.take().text
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.tok.text in ("*", "/", "%", "//"):
            t = self.take()
            node = (t.text, node, self.unary(), t.pos)
        return node
    def unary(self):
        if self.tok.text == "-":
            self.take()
            return ("neg", self.unary())
        if self.tok.text == "+":
            self.take()
            return self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.tok.text == "^":
            self.take()
            return ("^", base, self.unary())
        return base
    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.take()
            return ("num", float(t.text) if any(c in t.text for c in ".eE") else int(t.text))
        if t.kind == "name":
            self.take()
            if self.tok.text == "(":
                self.take()
                args = []
                if self.tok.text != ")":
                    args.append(self.expr())
                    while self.tok.text == ",":
                        self.take()
                        args.append(self.expr())
                self.take(text=")")
                return ("call", t.text, args, t.pos)
            return ("var", t.text, t.pos)
        if t.text == "(":
            self.take()
            node = self.expr()
            self.take(text=")")
            return node
        raise ParseError(f"unexpected {t.text or 'end of input'!r}", t.pos)
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot, "floor": math.floor, "gcd": math.gcd}
BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod, "//": operator.floordiv, "^": operator.pow}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise EvalError(f"undefined variable {node[1]!r}", node[2]) from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "call":
        _, name, args, pos = node
        if name not in FUNCS:
            raise EvalError(f"unknown function {name}()", pos)
        vals = [evaluate(a, env) for a in args]
        try:
            return FUNCS[name](*vals)
        except (TypeError, ValueError) as e:
            raise EvalError(f"{name}: {e}", pos) from e
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    try:
        return BIN[kind](a, b)
    except ZeroDivisionError as e:
        raise EvalError(str(e), node[3] if len(node) > 3 else 0) from e
def show(node):
    match node:
        case ("num", v):
            return repr(v)
        case ("var", name, _):
            return name
        case ("neg", inner):
            return f"(-{show(inner)})"
        case ("assign", name, value):
            return f"{name} := {show(value)}"
        case ("call", name, args, _):
            return f"{name}({', '.join(map(show, args))})"
        case (op, a, b, *_):
            return f"({show(a)} {op} {show(b)})"

env = {"pi": math.pi}
programs = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "7 // 2 + 7 % 3 - 7 / 2",
    "x = 10", "y = x * 2.5e-1", "x ^ 20", "sqrt(16) + max(1, y, 3)", "hypot(3, 4) * -+-1",
    "r = 1.5", "pi * r ^ 2", "gcd(84, 36) // 1", "1.5e3 + .5", "floor(-2.5)",
    "1 / 0", "5 // (x - 10)", "1 +", "2 * (3 + 4", "3 $ 4", "1.2.3 + 1", "foo(1)", "z + 1",
    "sqrt(-1)", "max()", ")", "x = = 2", "abs(-7, 2)", "10 % 0",
]
for src in programs:
    try:
        toks = tokenize(src)
        tree = Parser(toks).statement()
        value = evaluate(tree, env)
    except CalcError as e:
        print(f"{src!r:28} {type(e).__name__}: {e}")
        print(" " * 29 + " " * (e.pos + 1) + "^")
        if e.__cause__ is not None:
            print(" " * 29 + f"caused by {type(e.__cause__).__name__}")
    else:
        if isinstance(value, float):
            value = round(value, 10)
        print(f"{src!r:28} {show(tree):34} = {value!r}")
print(tokenize("a1 = 2//3")[:4])
print(sorted((k, round(v, 6)) for k, v in env.items()))
e = ParseError("boom", 3)
print(e.args, repr(e), isinstance(e, CalcError), ParseError.__mro__[1].__name__)
