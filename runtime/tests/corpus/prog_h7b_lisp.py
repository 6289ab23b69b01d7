import math, operator as op

class Symbol(str):
    pass

class LispError(Exception):
    pass

def tokenize(s):
    return s.replace('(', ' ( ').replace(')', ' ) ').replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError('unexpected EOF')
    t = tokens.pop(0)
    if t == '(':
        L = []
        while tokens and tokens[0] != ')':
            L.append(read(tokens))
        if not tokens:
            raise LispError('missing )')
        tokens.pop(0)
        return L
    if t == ')':
        raise LispError('unexpected )')
    if t == "'":
        return [Symbol('quote'), read(tokens)]
    for conv in (int, float):
        try:
            return conv(t)
        except ValueError:
            pass
    return Symbol(t)

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, var):
        e = self
        while e is not None:
            if var in e:
                return e
            e = e.outer
        raise LispError(f'unbound symbol: {var}')

def std_env():
    env = Env()
    env.update({
        '+': lambda *a: sum(a), '-': lambda a, b=None: -a if b is None else a - b,
        '*': lambda *a: math.prod(a), '/': op.truediv, '<': op.lt, '>': op.gt, '=': op.eq, '<=': op.le,
        'mod': op.mod, 'car': lambda x: x[0], 'cdr': lambda x: x[1:], 'cons': lambda x, y: [x] + y,
        'list': lambda *x: list(x), 'null?': lambda x: x == [], 'length': len, 'abs': abs,
        'apply': lambda f, a: f(*a), 'map': lambda f, l: list(map(f, l)), 'sqrt': math.sqrt,
        'filter': lambda f, l: [x for x in l if f(x)], 'begin': lambda *x: x[-1],
    })
    return env

class Procedure:
    calls = 0
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        Procedure.calls += 1
        if len(args) != len(self.params):
            raise LispError(f'expected {len(self.params)} args, got {len(args)}')
        return evaluate(self.body, Env(self.params, args, self.env))

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        head, *rest = x
        if head == 'quote':
            return rest[0]
        if head == 'if':
            test, conseq, alt = rest
            x = conseq if evaluate(test, env) else alt
            continue
        if head == 'define':
            name, expr = rest
            env[name] = evaluate(expr, env)
            return None
        if head == 'set!':
            name, expr = rest
            env.find(name)[name] = evaluate(expr, env)
            return None
        if head == 'lambda':
            return Procedure(rest[0], rest[1], env)
        if head == 'let':
            bindings, body = rest
            names = [b[0] for b in bindings]
            vals = [evaluate(b[1], env) for b in bindings]
            env = Env(names, vals, env)
            x = body
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in rest]
        if isinstance(proc, Procedure):
            if len(args) != len(proc.params):
                raise LispError(f'expected {len(proc.params)} args, got {len(args)}')
            Procedure.calls += 1
            x, env = proc.body, Env(proc.params, args, proc.env)
            continue
        return proc(*args)

def to_str(v):
    if v is True: return '#t'
    if v is False: return '#f'
    if isinstance(v, list): return '(' + ' '.join(map(to_str, v)) + ')'
    if isinstance(v, Procedure): return f'<lambda/{len(v.params)}>'
    return str(v)

env = std_env()
program = [
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 20)", "(fact 50)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(fib 15)",
    "(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))",
    "(count 5000 0)",
    "(map (lambda (x) (* x x)) (list 1 2 3 4 5))",
    "(filter (lambda (x) (= (mod x 3) 0)) (list 1 2 3 4 5 6 7 8 9))",
    "(let ((a 3) (b 4)) (sqrt (+ (* a a) (* b b))))",
    "(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))",
    "(define c (make-counter))", "(c)", "(c)", "(c)",
    "(car (cdr '(1 2 3)))", "(cons 0 '(1 2))", "(null? '())", "(length '(a b c d))",
    "(/ 7 2)", "(- 5)", "(apply + (list 1 2 3 4))", "make-counter", "'(a (b c) 3.5)",
    "(if (> 3 2) 'yes 'no)",
]
for src in program:
    v = evaluate(read(tokenize(src)), env)
    if v is not None:
        print(src, '=>', to_str(v))
for bad in ["(undefined 1)", "(fact 1 2)", "(+ 1", ")", "(car '())", "(/ 1 0)"]:
    try:
        evaluate(read(tokenize(bad)), env)
    except (LispError, IndexError, ZeroDivisionError) as e:
        print(bad, '!!', type(e).__name__, e)
print(Procedure.calls)
print(isinstance(Symbol('x'), str), Symbol('ab') == 'ab', repr(Symbol('q')), type(Symbol('a') + 'b').__name__)
