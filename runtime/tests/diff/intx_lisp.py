"""A small Scheme interpreter: closures, ChainMap environments, TCO via loop."""
from collections import ChainMap
import operator as op
import functools


class Symbol(str):
    __slots__ = ()
    def __repr__(self):
        return f"Symbol({str.__repr__(self)})"


class LispError(Exception):
    pass


class Nil:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __repr__(self):
        return "()"
    def __bool__(self):
        return False


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    if tok.startswith('"') and tok.endswith('"'):
        return tok[1:-1]
    return Symbol(tok)


def parse_all(src):
    toks = tokenize(src)
    out = []
    while toks:
        out.append(read(toks))
    return out


class Procedure:
    __slots__ = ("params", "body", "env", "name")
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __repr__(self):
        return f"#<procedure {self.name}/{len(self.params)}>"


def to_str(x):
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, float) and x.is_integer():
        return f"{x:.1f}"
    return str(x)


def std_env():
    env = {
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a,
        "*": lambda *a: functools.reduce(op.mul, a, 1), "/": op.truediv,
        "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le, ">=": op.ge,
        "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda a, b: [a] + b, "list": lambda *a: list(a),
        "null?": lambda x: x == [], "length": len, "not": op.not_,
        "quotient": op.floordiv, "remainder": op.mod,
        "apply": lambda f, args: f(*args) if callable(f) else call(f, args),
        "display": lambda x: print(to_str(x), end=""), "newline": lambda: print(),
        "number?": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
        "symbol?": lambda x: isinstance(x, Symbol),
        "abs": abs, "min": min, "max": max,
    }
    return ChainMap(env)


def call(proc, args):
    return evaluate(proc.body, proc.env.new_child(dict(zip(proc.params, args))))


def evaluate(x, env):
    while True:
        match x:
            case Symbol():
                try:
                    return env[x]
                except KeyError:
                    raise LispError(f"unbound symbol: {x}") from None
            case int() | float() | str():
                return x
            case []:
                return []
            case ["quote", datum]:
                return datum
            case ["if", test, conseq, *alt]:
                if evaluate(test, env) is not False:
                    x = conseq
                else:
                    if not alt:
                        return None
                    x = alt[0]
            case ["define", [name, *params], *body]:
                env.maps[0][name] = Procedure(params, ["begin", *body], env, name)
                return None
            case ["define", name, expr]:
                env.maps[0][name] = evaluate(expr, env)
                return None
            case ["set!", name, expr]:
                for m in env.maps:
                    if name in m:
                        m[name] = evaluate(expr, env)
                        break
                else:
                    raise LispError(f"set! of unbound {name}")
                return None
            case ["lambda", params, *body]:
                return Procedure(params, ["begin", *body], env)
            case ["let", bindings, *body]:
                names = [b[0] for b in bindings]
                vals = [evaluate(b[1], env) for b in bindings]
                env = env.new_child(dict(zip(names, vals)))
                x = ["begin", *body]
            case ["cond", *clauses]:
                for test, *exprs in clauses:
                    if test == "else" or evaluate(test, env) is not False:
                        x = ["begin", *exprs]
                        break
                else:
                    return None
            case ["and", *parts]:
                val = True
                for p in parts:
                    val = evaluate(p, env)
                    if val is False:
                        return False
                return val
            case ["begin", *exprs]:
                if not exprs:
                    return None
                for e in exprs[:-1]:
                    evaluate(e, env)
                x = exprs[-1]
            case [head, *rest]:
                proc = evaluate(head, env)
                args = [evaluate(a, env) for a in rest]
                if isinstance(proc, Procedure):
                    if len(args) != len(proc.params):
                        raise LispError(f"{proc.name}: expected {len(proc.params)} args, got {len(args)}")
                    env = proc.env.new_child(dict(zip(proc.params, args)))
                    x = proc.body
                elif callable(proc):
                    try:
                        return proc(*args)
                    except (TypeError, ZeroDivisionError, IndexError) as e:
                        raise LispError(f"primitive error: {type(e).__name__}") from e
                else:
                    raise LispError(f"not a procedure: {to_str(proc)}")
            case _:
                raise LispError(f"cannot evaluate {x!r}")


PROGRAM = r"""
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 20)
(define (loop n acc) (if (= n 0) acc (loop (- n 1) (+ acc n))))
(loop 100000 0)
(define (make-counter)
  (let ((count 0))
    (lambda () (set! count (+ count 1)) count)))
(define c1 (make-counter))
(define c2 (make-counter))
(c1) (c1) (c1) (c2)
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define (filter p xs) (cond ((null? xs) '()) ((p (car xs)) (cons (car xs) (filter p (cdr xs)))) (else (filter p (cdr xs)))))
(filter (lambda (n) (= (remainder n 3) 0)) (map (lambda (x) (+ x 1)) '(1 2 3 4 5 6 7 8)))
(define (compose f g) (lambda (x) (f (g x))))
((compose (lambda (x) (* x 2)) (lambda (x) (+ x 10))) 5)
(define (even? n) (if (= n 0) #t (odd? (- n 1))))
(define (odd? n) (if (= n 0) #f (even? (- n 1))))
(define #t (= 1 1))
(define #f (= 1 0))
(even? 5001)
(apply + '(1 2 3 4.5))
(and 1 2 (> 3 2))
(and 1 (< 3 2) undefined-var)
(let ((x 2) (y 3)) (let ((x 7) (z (+ x y))) (* z x)))
(length '(a b (c d) e))
(car '())
(undefined 1 2)
(fact 1 2)
(/ 1 0)
(quotient 17 5)
(display '(hello (nested "str") 3.0)) 
(newline)
(5 6)
c1
"""

env = std_env()
for i, form in enumerate(parse_all(PROGRAM)):
    try:
        result = evaluate(form, env)
    except LispError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"[{i}] error: {e}{cause}")
        continue
    except RecursionError:
        print(f"[{i}] recursion")
        continue
    if result is not None:
        print(f"[{i}] {to_str(result)}")

print(len(env.maps), sorted(k for k in env.maps[0] if not k.startswith("#"))[:8])
try:
    parse_all("(a (b c)")
except LispError as e:
    print("read error:", e)
print(repr(Symbol("abc")), Nil() is Nil(), bool(Nil()), repr(Nil()))
print(isinstance(Symbol("x"), str), Symbol("x") == "x", hash(Symbol("q")) == hash("q"))
