"""Tiny interpreters: Brainfuck, an RPN calculator and a recursive-descent infix evaluator."""
import math
import operator
import re
from dataclasses import dataclass
from typing import NamedTuple

HELLO_BF = """
++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.
"""


class BFError(Exception):
    pass


def run_bf(code, data="", tape_len=300, max_steps=100_000):
    code = [c for c in code if c in "+-<>[].,"]
    jumps, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise BFError(f"unmatched ] at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise BFError(f"unmatched [ at {stack[-1]}")
    tape = bytearray(tape_len)
    ptr = pc = steps = 0
    inp = iter(data.encode())
    out = []
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise BFError(f"step limit exceeded after {len(out)} chars")
        c = code[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) & 255
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) & 255
        elif c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = next(inp, 0)
        elif c == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out), steps


RPN_OPS = {
    "+": (2, operator.add), "-": (2, operator.sub), "*": (2, operator.mul),
    "/": (2, operator.truediv), "^": (2, operator.pow), "%": (2, operator.mod),
    "neg": (1, operator.neg), "sqrt": (1, math.sqrt), "dup": (1, lambda x: (x, x)),
}


def rpn(expr, trace=False):
    stack = []
    for tok in expr.split():
        if tok in RPN_OPS:
            arity, fn = RPN_OPS[tok]
            if len(stack) < arity:
                raise IndexError(f"stack underflow at {tok!r}: {stack}")
            args = stack[-arity:]
            del stack[-arity:]
            res = fn(*args)
            stack.extend(res if isinstance(res, tuple) else (res,))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
        if trace:
            print(f"    {tok:>5} -> {stack}")
    if len(stack) != 1:
        raise ValueError(f"malformed expression leaves {stack}")
    return stack[0]


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_RE = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),]))")


def tokenize(src):
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"unexpected character {src[pos]!r} at {pos}")
        kind = m.lastgroup
        yield Token(kind, m.group(kind), m.start(kind))
        pos = m.end()
    yield Token("end", "", pos)


@dataclass
class Parser:
    src: str
    env: dict

    def __post_init__(self):
        self.tokens = list(tokenize(self.src))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise SyntaxError(f"expected {text!r} at {tok.pos}, got {tok.text or 'end'!r}")
        self.i += 1
        return tok

    def parse(self):
        value = self.expr()
        if self.peek().kind != "end":
            raise SyntaxError(f"trailing input at {self.peek().pos}")
        return value

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek().text in ("-", "+"):
            sign = -1 if self.take().text == "-" else 1
            return sign * self.factor()
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.env[tok.text](*args)
            try:
                return self.env[tok.text]
            except KeyError:
                raise NameError(f"unknown name {tok.text!r}") from None
        if tok.text == "(":
            value = self.expr()
            self.take(")")
            return value
        raise SyntaxError(f"unexpected {tok.text or 'end'!r} at {tok.pos}")


if __name__ == "__main__":
    out, steps = run_bf(HELLO_BF)
    print(repr(out), steps)
    print(run_bf(",[.,]", "echo!")[0], run_bf(",>,<[->+<]>.", "\x05\x3c")[0])
    for bad in ("[[]", "]", "+[]"):
        try:
            run_bf(bad)
        except BFError as e:
            print("BFError:", e)
    print(rpn("3 4 + 2 *", trace=True))
    for e in ["5 1 2 + 4 * + 3 -", "2 10 ^ 1000 %", "2 sqrt dup *", "1.5 neg 4 /", "1 +", "1 2"]:
        try:
            print(f"{e!r:24} = {rpn(e)!r}")
        except (IndexError, ValueError) as err:
            print(f"{e!r:24} ! {type(err).__name__}: {err}")
    env = {"pi": math.pi, "x": 7, "max": max, "min": min, "abs": abs, "sqrt": math.sqrt, "hyp": math.hypot}
    exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 % 3 - -1", "max(1, x, 3) * 2",
             "hyp(3, 4) + sqrt(16)", "pi * x ** 2", "10 / 4", "2 * (3 + ", "y + 1", "3 $ 4", "1 2", "abs(-5.5)"]
    for src in exprs:
        try:
            val = Parser(src, env).parse()
            check = eval(src, {}, env)
            print(f"{src:<22} = {val!r:<22} {'ok' if val == check else 'MISMATCH'}")
        except (SyntaxError, NameError) as exc:
            print(f"{src:<22} ! {type(exc).__name__}: {exc}")
    print(list(tokenize("a**2+b")))
