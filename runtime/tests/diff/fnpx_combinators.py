"""A tiny parser-combinator library and a JSON-ish / arithmetic parser built on it."""
from functools import reduce
from dataclasses import dataclass
from typing import Any, Callable
import operator


@dataclass(frozen=True)
class Ok:
    value: Any
    pos: int


@dataclass(frozen=True)
class Fail:
    expected: str
    pos: int


class Parser:
    def __init__(self, fn: Callable, name="parser"):
        self.fn = fn
        self.name = name

    def __call__(self, text, pos=0):
        return self.fn(text, pos)

    def __or__(self, other):
        def alt(text, pos):
            r = self(text, pos)
            if isinstance(r, Ok):
                return r
            r2 = other(text, pos)
            if isinstance(r2, Fail) and r2.pos == r.pos:
                return Fail(f"{r.expected} or {r2.expected}", pos)
            return r2 if isinstance(r2, Ok) or r2.pos > r.pos else r
        return Parser(alt, f"({self.name}|{other.name})")

    def __rshift__(self, fn):
        def mapped(text, pos):
            r = self(text, pos)
            return Ok(fn(r.value), r.pos) if isinstance(r, Ok) else r
        return Parser(mapped, self.name)

    def __add__(self, other):
        return seq(self, other)

    def many(self, min_count=0):
        def rep(text, pos):
            out = []
            while True:
                r = self(text, pos)
                if isinstance(r, Fail) or r.pos == pos:
                    break
                out.append(r.value)
                pos = r.pos
            if len(out) < min_count:
                return r if isinstance(r, Fail) else Fail(self.name, pos)
            return Ok(out, pos)
        return Parser(rep, f"{self.name}*")

    def __repr__(self):
        return f"Parser<{self.name}>"


def char(pred, name):
    def run(text, pos):
        if pos < len(text) and pred(text[pos]):
            return Ok(text[pos], pos + 1)
        return Fail(name, pos)
    return Parser(run, name)


def lit(s):
    def run(text, pos):
        if text.startswith(s, pos):
            return Ok(s, pos + len(s))
        return Fail(repr(s), pos)
    return Parser(run, repr(s))


def seq(*parsers):
    def run(text, pos):
        values = []
        for p in parsers:
            r = p(text, pos)
            if isinstance(r, Fail):
                return r
            values.append(r.value)
            pos = r.pos
        return Ok(values, pos)
    return Parser(run, " ".join(p.name for p in parsers))


def lazy(thunk):
    cache = []
    def run(text, pos):
        if not cache:
            cache.append(thunk())
        return cache[0](text, pos)
    return Parser(run, "lazy")


ws = char(str.isspace, "space").many()
def token(p):
    return seq(ws, p, ws) >> (lambda v: v[1])

digit = char(str.isdigit, "digit")
number = token(digit.many(1) >> (lambda ds: int("".join(ds))))
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv}

def chain_left(operand, ops):
    op_parser = reduce(operator.or_, (token(lit(o)) for o in ops))
    def fold(parts):
        first, rest = parts
        return reduce(lambda acc, pair: OPS[pair[0]](acc, pair[1]), rest, first)
    return seq(operand, seq(op_parser, operand).many()) >> fold

expr = lazy(lambda: chain_left(term, "+-"))
atom = number | (seq(token(lit("(")), expr, token(lit(")"))) >> (lambda v: v[1]))
term = chain_left(atom, "*/")

for src in ["1 + 2 * 3", "(1+2)*3", " 100 / 7 - 2 ", "2*(3+(4-1))*2", "8 - 3 - 2", "", "(1+", "7 *"]:
    r = expr(src)
    if isinstance(r, Ok) and r.pos == len(src):
        print(f"{src!r:18} = {r.value}")
    elif isinstance(r, Ok):
        print(f"{src!r:18} partial {r.value} stopped at {r.pos}")
    else:
        print(f"{src!r:18} error at {r.pos}: expected {r.expected}")

# list-of-words parser with separators
letter = char(str.isalpha, "letter")
word = token(letter.many(1) >> "".join)
comma = token(lit(","))
wordlist = seq(token(lit("[")), seq(word, seq(comma, word).many() >> (lambda ps: [w for _, w in ps])), token(lit("]"))) >> (
    lambda v: [v[1][0]] + v[1][1])
for src in ["[a, bc ,def]", "[solo]", "[x,]", "[]"]:
    print(src, "->", wordlist(src))
print(repr(word), repr(number | word), repr(digit.many()))
print(Ok(1, 2) == Ok(1, 2), Fail("x", 0), hash(Ok(1, 2)) == hash(Ok(1, 2)))
try:
    Ok(1, 2).value = 5
except Exception as e:
    print(type(e).__name__, e)
