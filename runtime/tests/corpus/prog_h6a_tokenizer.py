# A small expression tokenizer, recursive-descent parser and evaluator with error reporting.
class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

OPS = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (3, "R")}

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in "._"):
                j += 1
            yield Token("num", src[i:j], i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("name", src[i:j], i)
            i = j
        elif ch in OPS or ch in "(),":
            yield Token("op", ch, i)
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    yield Token("end", "", len(src))

class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0
    def peek(self):
        return self.tokens[self.i]
    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r}, got {tok.text or 'end'!r}", tok.pos)
        self.i += 1
        return tok
    def parse(self):
        node = self.expr(0)
        if self.peek().kind != "end":
            raise ParseError(f"trailing {self.peek().text!r}", self.peek().pos)
        return node
    def expr(self, min_prec):
        left = self.unary()
        while True:
            tok = self.peek()
            if tok.kind != "op" or tok.text not in OPS:
                return left
            prec, assoc = OPS[tok.text]
            if prec < min_prec:
                return left
            self.take()
            right = self.expr(prec + 1 if assoc == "L" else prec)
            left = (tok.text, left, right)
    def unary(self):
        tok = self.peek()
        if tok.text == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            text = tok.text
            try:
                return ("num", int(text) if "." not in text else float(text))
            except ValueError:
                raise ParseError(f"bad number {text!r}", tok.pos) from None
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.take(",")
                        args.append(self.expr(0))
                self.take(")")
                return ("call", tok.text, args)
            return ("var", tok.text)
        if tok.text == "(":
            node = self.expr(0)
            self.take(")")
            return node
        raise ParseError(f"unexpected {tok.text or 'end'!r}", tok.pos)

FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"undefined variable {node[1]!r}") from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        fn = FUNCS.get(node[1])
        if fn is None:
            raise NameError(f"unknown function {node[1]!r}")
        return fn(*(evaluate(a, env) for a in node[2]))
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    if kind == "+": return a + b
    if kind == "-": return a - b
    if kind == "*": return a * b
    if kind == "/": return a / b
    if kind == "%": return a % b
    if kind == "^": return a ** b

def show(node):
    if node[0] == "num":
        return repr(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] == "neg":
        return f"(-{show(node[1])})"
    if node[0] == "call":
        return f"{node[1]}({', '.join(map(show, node[2]))})"
    return f"({show(node[1])} {node[0]} {show(node[2])})"

env = {"x": 3, "y": 4.5, "big": 10**20}
sources = ["1 + 2 * 3", "2 ^ 3 ^ 2", "-x ^ 2", "(1 + 2) * (3 - 4) / 5", "max(x, y, 2) % 2", "sqrt(x*x + 4^2)",
           "big * big - 1", "7 / 0", "1_000 + .5", "abs(-y) - -x", "1 +", "2 * (3", "4 $ 5", "foo(1)", "z + 1",
           "1..2", "min()", "10 % -3", "-7 % 3", "2 ^ -1", "(((1)))", "max(1, 2,)"]
for src in sources:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:28} => {show(tree):30} = {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{src!r:28} !! ParseError: {e} [{e.pos}]")
    except (NameError, ZeroDivisionError, TypeError, ValueError) as e:
        print(f"{src!r:28} !! {type(e).__name__}: {e}")
print(list(tokenize("a1 + 2.5*(b)")))
