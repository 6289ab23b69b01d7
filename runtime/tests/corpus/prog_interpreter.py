# An interpreter for a toy language: lexer, recursive-descent parser, AST evaluation with closures.
import sys
def lex(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j]))); i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            w = src[i:j]
            toks.append(("kw" if w in ("let", "fun", "if", "else", "while", "return", "print") else "id", w)); i = j
        elif src.startswith(("==", "!=", "<=", ">=", "&&", "||"), i):
            toks.append(("op", src[i:i + 2])); i += 2
        elif c in "+-*/%<>=(){},;!":
            toks.append(("op", c)); i += 1
        elif c == '"':
            j = src.index('"', i + 1)
            toks.append(("str", src[i + 1:j])); i = j + 1
        else:
            raise SyntaxError(f"bad char {c!r}")
    toks.append(("eof", None))
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.p = toks, 0
    def peek(self, *vals):
        t = self.toks[self.p]
        return t[1] in vals and t[0] in ("op", "kw")
    def take(self, val=None):
        t = self.toks[self.p]
        if val is not None and t[1] != val:
            raise SyntaxError(f"expected {val!r}, got {t[1]!r}")
        self.p += 1
        return t
    def program(self):
        stmts = []
        while self.toks[self.p][0] != "eof":
            stmts.append(self.statement())
        return ("block", stmts)
    def block(self):
        self.take("{")
        stmts = []
        while not self.peek("}"):
            stmts.append(self.statement())
        self.take("}")
        return ("block", stmts)
    def statement(self):
        if self.peek("let"):
            self.take(); name = self.take()[1]; self.take("=")
            e = self.expr(); self.take(";")
            return ("let", name, e)
        if self.peek("if"):
            self.take(); self.take("("); c = self.expr(); self.take(")")
            a = self.block()
            b = ("block", [])
            if self.peek("else"):
                self.take()
                b = self.statement() if self.peek("if") else self.block()
            return ("if", c, a, b)
        if self.peek("while"):
            self.take(); self.take("("); c = self.expr(); self.take(")")
            return ("while", c, self.block())
        if self.peek("return"):
            self.take(); e = self.expr(); self.take(";")
            return ("return", e)
        if self.peek("print"):
            self.take(); self.take("("); args = self.args(")"); self.take(";")
            return ("print", args)
        if self.toks[self.p][0] == "id" and self.toks[self.p + 1] == ("op", "="):
            name = self.take()[1]; self.take("="); e = self.expr(); self.take(";")
            return ("assign", name, e)
        e = self.expr(); self.take(";")
        return ("expr", e)
    def args(self, close):
        out = []
        while not self.peek(close):
            out.append(self.expr())
            if not self.peek(close):
                self.take(",")
        self.take(close)
        return out
    PREC = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
    def expr(self, level=0):
        if level == len(self.PREC):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek(*self.PREC[level]):
            op = self.take()[1]
            left = ("bin", op, left, self.expr(level + 1))
        return left
    def unary(self):
        if self.peek("-", "!"):
            op = self.take()[1]
            return ("un", op, self.unary())
        return self.call()
    def call(self):
        e = self.primary()
        while self.peek("("):
            self.take()
            e = ("call", e, self.args(")"))
        return e
    def primary(self):
        kind, val = self.take()
        if kind in ("num", "str"):
            return ("lit", val)
        if kind == "id":
            return ("var", val)
        if val == "(":
            e = self.expr(); self.take(")")
            return e
        if val == "fun":
            self.take("(")
            params = []
            while not self.peek(")"):
                params.append(self.take()[1])
                if not self.peek(")"):
                    self.take(",")
            self.take(")")
            return ("fun", params, self.block())
        raise SyntaxError(f"unexpected {val!r}")
class Return(Exception):
    def __init__(self, value):
        self.value = value
class Env:
    def __init__(self, parent=None):
        self.vars, self.parent = {}, parent
    def find(self, name):
        e = self
        while e is not None:
            if name in e.vars:
                return e
            e = e.parent
        raise NameError(f"undefined variable {name}")
class Closure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __repr__(self):
        return f"<fun/{len(self.params)}>"
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a // b, "%": lambda a, b: a % b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
       "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}
output = []
def ev(node, env):
    t = node[0]
    if t == "lit":
        return node[1]
    if t == "var":
        return env.find(node[1]).vars[node[1]]
    if t == "bin":
        op = node[1]
        if op == "&&":
            return ev(node[2], env) and ev(node[3], env)
        if op == "||":
            return ev(node[2], env) or ev(node[3], env)
        return OPS[op](ev(node[2], env), ev(node[3], env))
    if t == "un":
        v = ev(node[2], env)
        return -v if node[1] == "-" else not v
    if t == "fun":
        return Closure(node[1], node[2], env)
    if t == "call":
        f = ev(node[1], env)
        args = [ev(a, env) for a in node[2]]
        if callable(f):
            return f(*args)
        if len(args) != len(f.params):
            raise TypeError(f"expected {len(f.params)} args, got {len(args)}")
        local = Env(f.env)
        local.vars.update(zip(f.params, args))
        try:
            run(f.body, local)
        except Return as r:
            return r.value
        return None
    raise RuntimeError(f"bad node {t}")
def run(node, env):
    t = node[0]
    if t == "block":
        for s in node[1]:
            run(s, env)
    elif t == "let":
        env.vars[node[1]] = ev(node[2], env)
    elif t == "assign":
        env.find(node[1]).vars[node[1]] = ev(node[2], env)
    elif t == "if":
        run(node[2] if ev(node[1], env) else node[3], Env(env))
    elif t == "while":
        while ev(node[1], env):
            run(node[2], Env(env))
    elif t == "return":
        raise Return(ev(node[1], env))
    elif t == "print":
        output.append(" ".join(str(ev(a, env)) for a in node[1]))
    elif t == "expr":
        ev(node[1], env)
SRC = '''
let fib = fun(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); };
let i = 0;
while (i < 12) { print("fib", i, fib(i)); i = i + 1; }
let make_counter = fun() { let c = 0; return fun() { c = c + 1; return c; }; };
let c1 = make_counter(); let c2 = make_counter();
c1(); c1();
print("counters", c1(), c2());
let compose = fun(f, g) { return fun(x) { return f(g(x)); }; };
let inc = fun(x) { return x + 1; };
let dbl = fun(x) { return x * 2; };
print("compose", compose(inc, dbl)(5), compose(dbl, inc)(5));
let gcd = fun(a, b) { while (b != 0) { let t = b; b = a % b; a = t; } return a; };
print("gcd", gcd(1071, 462), gcd(17, 5));
let fact = fun(n) { if (n <= 1) { return 1; } else { return n * fact(n - 1); } };
print("fact", fact(25));
let classify = fun(n) { if (n < 0) { return "neg"; } else if (n == 0) { return "zero"; } else { return "pos"; } };
print(classify(-3), classify(0), classify(9), !(1 < 2) || 3 > 2 && 1 == 1);
print("builtin", len("hello"), str_upper("shout"));
'''
glob = Env()
glob.vars["len"] = len
glob.vars["str_upper"] = str.upper
run(Parser(lex(SRC)).program(), glob)
print("\n".join(output))
for bad in ["let = 5;", "print(undefined_var);", "let f = fun(a) { return a; }; f(1, 2);", "let x = 1 $ 2;"]:
    try:
        run(Parser(lex(bad)).program(), Env(glob))
    except (SyntaxError, NameError, TypeError) as e:
        print(type(e).__name__ + ":", e)
