"""Symbolic expressions: class hierarchy, visitor dispatch, simplification, derivatives."""
from functools import singledispatch
from fractions import Fraction


class Expr:
    precedence = 100

    def __add__(self, other):
        return Add(self, wrap(other))

    def __radd__(self, other):
        return Add(wrap(other), self)

    def __sub__(self, other):
        return Add(self, Mul(Num(-1), wrap(other)))

    def __rsub__(self, other):
        return Add(wrap(other), Mul(Num(-1), self))

    def __mul__(self, other):
        return Mul(self, wrap(other))

    def __rmul__(self, other):
        return Mul(wrap(other), self)

    def __pow__(self, n):
        return Pow(self, wrap(n))

    def __neg__(self):
        return Mul(Num(-1), self)

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash((type(self).__name__, self.key()))

    def __repr__(self):
        return f"{type(self).__name__}{self.key()!r}"


class Num(Expr):
    def __init__(self, v):
        self.v = Fraction(v)

    def key(self):
        return (self.v,)

    def __str__(self):
        return str(self.v)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def key(self):
        return (self.name,)

    def __str__(self):
        return self.name


class Add(Expr):
    precedence = 1

    def __init__(self, a, b):
        self.a, self.b = a, b

    def key(self):
        return (self.a, self.b)

    def __str__(self):
        return f"{paren(self.a, self)} + {paren(self.b, self)}"


class Mul(Expr):
    precedence = 2

    def __init__(self, a, b):
        self.a, self.b = a, b

    def key(self):
        return (self.a, self.b)

    def __str__(self):
        return f"{paren(self.a, self)}*{paren(self.b, self)}"


class Pow(Expr):
    precedence = 3

    def __init__(self, base, exp):
        self.base, self.exp = base, exp

    def key(self):
        return (self.base, self.exp)

    def __str__(self):
        return f"{paren(self.base, self, strict=True)}^{paren(self.exp, self, strict=True)}"


def paren(e, parent, strict=False):
    s = str(e)
    if e.precedence < parent.precedence or (strict and e.precedence == parent.precedence):
        return f"({s})"
    if isinstance(e, Num) and e.v < 0 and parent.precedence > 1:
        return f"({s})"
    return s


def wrap(x):
    if isinstance(x, Expr):
        return x
    if isinstance(x, (int, Fraction)):
        return Num(x)
    if isinstance(x, str):
        return Var(x)
    raise TypeError(f"cannot convert {type(x).__name__} to Expr")


@singledispatch
def evaluate(e, env):
    raise TypeError(f"no evaluator for {type(e).__name__}")


@evaluate.register
def _(e: Num, env):
    return e.v


@evaluate.register
def _(e: Var, env):
    try:
        return Fraction(env[e.name])
    except KeyError:
        raise NameError(f"unbound variable {e.name!r}") from None


@evaluate.register
def _(e: Add, env):
    return evaluate(e.a, env) + evaluate(e.b, env)


@evaluate.register
def _(e: Mul, env):
    return evaluate(e.a, env) * evaluate(e.b, env)


@evaluate.register
def _(e: Pow, env):
    return evaluate(e.base, env) ** evaluate(e.exp, env)


def simplify(e):
    match e:
        case Add(a=a, b=b):
            a, b = simplify(a), simplify(b)
            match (a, b):
                case (Num(v=x), Num(v=y)):
                    return Num(x + y)
                case (Num(v=0), other) | (other, Num(v=0)):
                    return other
                case _ if a == b:
                    return simplify(Mul(Num(2), a))
            return Add(a, b)
        case Mul(a=a, b=b):
            a, b = simplify(a), simplify(b)
            match (a, b):
                case (Num(v=x), Num(v=y)):
                    return Num(x * y)
                case (Num(v=0), _) | (_, Num(v=0)):
                    return Num(0)
                case (Num(v=1), other) | (other, Num(v=1)):
                    return other
                case (Num(v=x), Mul(a=Num(v=y), b=rest)):
                    return simplify(Mul(Num(x * y), rest))
                case _ if a == b:
                    return Pow(a, Num(2))
            return Mul(a, b)
        case Pow(base=b, exp=x):
            b, x = simplify(b), simplify(x)
            match (b, x):
                case (_, Num(v=0)):
                    return Num(1)
                case (_, Num(v=1)):
                    return b
                case (Num(v=p), Num(v=q)) if q.denominator == 1:
                    return Num(p ** q)
            return Pow(b, x)
    return e


Num.__match_args__ = ("v",)


def diff(e, var):
    match e:
        case Num():
            return Num(0)
        case Var(name=n):
            return Num(1 if n == var else 0)
        case Add(a=a, b=b):
            return Add(diff(a, var), diff(b, var))
        case Mul(a=a, b=b):
            return Add(Mul(diff(a, var), b), Mul(a, diff(b, var)))
        case Pow(base=b, exp=Num(v=n)):
            return Mul(Mul(Num(n), Pow(b, Num(n - 1))), diff(b, var))
        case _:
            raise NotImplementedError(f"d/d{var} of {e}")


x, y = Var("x"), Var("y")
exprs = [
    x + 1,
    2 * x + 3 * y,
    x * x + 2 * x + 1,
    (x + 1) ** 3,
    x ** 2 * y - y,
    0 * x + 1 * y + x ** 1,
    (x + 0) * (1 * y),
    Num(Fraction(1, 2)) * x ** 2,
    x ** y,
    -x + x,
]
env = {"x": 3, "y": Fraction(1, 2)}
for ex in exprs:
    s = simplify(ex)
    print(f"{str(ex):28} => {str(s):20} = {evaluate(ex, env)}")
    try:
        d = simplify(diff(ex, "x"))
        print(f"{'':28}    d/dx = {d}  at x=3: {evaluate(d, env)}")
    except NotImplementedError as e:
        print(f"{'':28}    NotImplementedError: {e}")

print(x + 1 == x + 1, x + 1 == 1 + x, hash(x * 2) == hash(x * 2), len({x + 1, x + 1, x + 2}))
print(repr(x * 2), repr(Num(3)))
try:
    evaluate(x + Var("z"), env)
except NameError as e:
    print("NameError:", e)
try:
    x + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    evaluate("text", env)
except TypeError as e:
    print("TypeError:", e)
print(evaluate.dispatch(Add).__name__, sorted(c.__name__ for c in evaluate.registry if c is not object))
p = x
for i in range(5):
    p = simplify(diff(p * x, "x"))
    print(i, p, evaluate(p, {"x": 2}))
