import re
import operator as op
from functools import reduce

TOKEN = re.compile(r"""\s*(?:(?P<open>\()|(?P<close>\))|(?P<quote>')|(?P<str>"(?:[^"\\]|\\.)*")|(?P<atom>[^\s()'"]+)|(?P<comment>;[^\n]*))""")

class Symbol(str):
    def __repr__(self):
        return self

class LispError(Exception):
    pass

def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise LispError(f"bad input at {pos}: {src[pos:pos + 10]!r}")
        pos = m.end()
        kind = m.lastgroup
        if kind != "comment":
            out.append((kind, m.group(kind)))
    return out

def atom(tok):
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    if tok == "#t":
        return True
    if tok == "#f":
        return False
    return Symbol(tok)

def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    kind, val = tokens.pop(0)
    if kind == "open":
        lst = []
        while tokens and tokens[0][0] != "close":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if kind == "close":
        raise LispError("unexpected )")
    if kind == "quote":
        return [Symbol("quote"), read(tokens)]
    if kind == "str":
        return val[1:-1].encode().decode("unicode_escape")
    return atom(val)

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        e = self
        while e is not None:
            if name in e:
                return e
            e = e.outer
        raise LispError(f"unbound symbol: {name}")

def lisp_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(lisp_str, x)) + ")"
    if isinstance(x, str) and not isinstance(x, Symbol):
        return '"' + x.replace('"', '\\"') + '"'
    if isinstance(x, Procedure):
        return f"<lambda/{len(x.params)}>"
    if callable(x):
        return "<builtin>"
    return str(x)

def std_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a,
        "*": lambda *a: reduce(op.mul, a, 1), "/": lambda a, b: a / b if a % b else a // b,
        "mod": op.mod, "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le, ">=": op.ge,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *a: list(a), "null?": lambda x: x == [], "length": len,
        "not": op.not_, "abs": abs, "max": max, "min": min,
        "apply": lambda f, args: f(*args), "map": lambda f, xs: [f(x) for x in xs],
        "filter": lambda f, xs: [x for x in xs if f(x)], "display": lambda x: print(";;", lisp_str(x)),
        "string-append": lambda *s: "".join(s), "string-upcase": str.upper, "number->string": str,
        "string-length": len, "range": lambda a, b: list(range(a, b)),
    })
    return env

class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if head == "define":
            if isinstance(x[1], list):
                name, params = x[1][0], x[1][1:]
                env[name] = Procedure(params, x[2], env)
            else:
                env[x[1]] = evaluate(x[2], env)
            return None
        if head == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if head == "lambda":
            return Procedure(x[1], x[2], env)
        if head == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if head == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, vals, env)
            x = x[2]
            continue
        if head == "cond":
            for clause in x[1:]:
                if clause[0] == "else" or evaluate(clause[0], env) is not False:
                    x = clause[1]
                    break
            else:
                return None
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Procedure):
            x = proc.body
            if len(args) != len(proc.params):
                raise LispError(f"expected {len(proc.params)} args, got {len(args)}")
            env = Env(proc.params, args, proc.env)
            continue
        if not callable(proc):
            raise LispError(f"not a procedure: {lisp_str(proc)}")
        return proc(*args)

PROGRAM = r"""
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 10)
(fact 30)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(map fib (range 0 15))
(define (sum-to n acc) (if (= n 0) acc (sum-to (- n 1) (+ acc n))))
(sum-to 5000 0)
(define counter 0)
(define (inc!) (begin (set! counter (+ counter 1)) counter))
(inc!) (inc!) (inc!)
(define (compose f g) (lambda (x) (f (g x))))
((compose (lambda (x) (* x x)) (lambda (x) (+ x 1))) 6)
(filter (lambda (x) (= 0 (mod x 3))) (range 1 20))
(let ((a 3) (b 4)) (+ (* a a) (* b b)))
(cond ((> 1 2) "no") ((< 1 2) "yes") (else "never"))
(string-append "Hello, " (string-upcase "world") "!")
(car '(1 2 3)) (cdr '(1 2 3)) (cons 0 '(1 2))
'(a b (c d) "s")
(/ 10 4) (/ 12 4) (- 5) (max 3 9 2)
(display (list 1 "two" #t #f))
(apply + (range 1 101))
(length (map (lambda (x) x) (range 0 42)))
(define (make-acc total) (lambda (amt) (begin (set! total (+ total amt)) total)))
(define acc (make-acc 100))
(acc 10) (acc -25)
(undefined-thing 1)
(fact 1 2)
(1 2 3)
(car '())
"unterminated
(+ 1 2))
(number->string 3.5)
"""
env = std_env()
toks = None
for line in PROGRAM.strip().splitlines():
    try:
        toks = tokenize(line)
        while toks:
            expr = read(toks)
            result = evaluate(expr, env)
            if result is not None:
                print(f"{lisp_str(expr)[:45]:<45} => {lisp_str(result)}")
    except (LispError, IndexError, ZeroDivisionError, TypeError) as e:
        print(f"{line[:45]:<45} !! {type(e).__name__}: {e}")
print(sorted(k for k in env if not callable(env[k]) or isinstance(env[k], Procedure)))
