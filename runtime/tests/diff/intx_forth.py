"""A Forth-like interpreter: dictionary of words, compile mode, control flow, error notes."""
import operator
import traceback
import sys
from collections import deque
from dataclasses import dataclass, field
from enum import Enum


class ForthError(Exception):
    pass


class StackUnderflow(ForthError):
    def __init__(self, word, needed, have):
        super().__init__(f"{word}: needs {needed}, stack has {have}")
        self.word = word


class UnknownWord(ForthError, KeyError):
    def __str__(self):
        return f"unknown word {self.args[0]!r}"


class Mode(Enum):
    INTERPRET = "interpret"
    COMPILE = "compile"


@dataclass
class Word:
    name: str
    body: list = field(default_factory=list)
    immediate: bool = False
    native: object = None

    def __repr__(self):
        kind = "native" if self.native else f"{len(self.body)} ops"
        return f"<word {self.name} {kind}>"


class Forth:
    def __init__(self, out):
        self.stack, self.rstack = [], []
        self.out = out
        self.words = {}
        self.mode = Mode.INTERPRET
        self.current = None
        self.variables = {}
        self._install()

    def pop(self, word, n=1):
        if len(self.stack) < n:
            raise StackUnderflow(word, n, len(self.stack))
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals

    def _binary(self, name, fn):
        def run():
            a, b = self.pop(name, 2)
            self.stack.append(fn(a, b))
        self.words[name] = Word(name, native=run)

    def _install(self):
        for name, fn in {"+": operator.add, "-": operator.sub, "*": operator.mul,
                         "/": operator.floordiv, "mod": operator.mod, "max": max, "min": min,
                         "=": lambda a, b: -1 if a == b else 0, "<": lambda a, b: -1 if a < b else 0,
                         ">": lambda a, b: -1 if a > b else 0}.items():
            self._binary(name, fn)
        natives = {
            "dup": lambda: self.stack.extend(self.pop("dup") * 2),
            "drop": lambda: self.pop("drop"),
            "swap": lambda: self.stack.extend(reversed(self.pop("swap", 2))),
            "over": lambda: self.stack.extend((lambda a, b: (a, b, a))(*self.pop("over", 2))),
            "rot": lambda: self.stack.extend((lambda a, b, c: (b, c, a))(*self.pop("rot", 3))),
            ".": lambda: self.out.append(str(self.pop(".")[0])),
            "emit": lambda: self.out.append(chr(self.pop("emit")[0])),
            "cr": lambda: self.out.append("\n"),
            ".s": lambda: self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack))),
            "!": lambda: self.variables.__setitem__(*reversed(self.pop("!", 2))),
            "@": lambda: self.stack.append(self.variables[self.pop("@")[0]]),
            "negate": lambda: self.stack.append(-self.pop("negate")[0]),
        }
        for name, fn in natives.items():
            self.words[name] = Word(name, native=fn)

    def tokens(self, src):
        toks = deque(src.split())
        while toks:
            tok = toks.popleft()
            if tok == "(":
                while toks and toks.popleft() != ")":
                    pass
                continue
            if tok == '."':
                parts = []
                while toks and not toks[0].endswith('"'):
                    parts.append(toks.popleft())
                if toks:
                    parts.append(toks.popleft()[:-1])
                yield ("str", " ".join(parts))
                continue
            yield ("tok", tok)

    def compile_body(self, items):
        """Turn a flat token list into nested control structures."""
        out, stack = [], []
        for kind, tok in items:
            if kind == "str":
                out.append(("print", tok))
                continue
            low = tok.lower()
            match low:
                case "if":
                    stack.append(("if", out)); out = []
                case "else":
                    tag, parent = stack[-1]
                    stack[-1] = ("else", parent, out); out = []
                case "then":
                    top = stack.pop()
                    if top[0] == "if":
                        node = ("if", out, [])
                        out = top[1]
                    else:
                        node = ("if", top[2], out)
                        out = top[1]
                    out.append(node)
                case "do":
                    stack.append(("do", out)); out = []
                case "loop":
                    _, parent = stack.pop()
                    parent.append(("do", out)); out = parent
                case "begin":
                    stack.append(("begin", out)); out = []
                case "until":
                    _, parent = stack.pop()
                    parent.append(("until", out)); out = parent
                case _:
                    try:
                        out.append(("lit", int(tok, 0)))
                    except ValueError:
                        out.append(("call", low))
        if stack:
            raise ForthError(f"unterminated {stack[-1][0]}")
        return out

    def execute(self, ops, depth=0):
        if depth > 200:
            raise RecursionError("forth call depth")
        for op in ops:
            match op:
                case ("lit", v):
                    self.stack.append(v)
                case ("print", s):
                    self.out.append(s)
                case ("call", "i"):
                    self.stack.append(self.rstack[-1])
                case ("call", name):
                    try:
                        w = self.words[name]
                    except KeyError:
                        raise UnknownWord(name) from None
                    if w.native:
                        try:
                            w.native()
                        except ZeroDivisionError as e:
                            raise ForthError(f"{name}: division by zero") from e
                    else:
                        self.execute(w.body, depth + 1)
                case ("if", then_ops, else_ops):
                    (flag,) = self.pop("if")
                    self.execute(then_ops if flag else else_ops, depth)
                case ("do", body):
                    limit, start = self.pop("do", 2)
                    for i in range(start, limit):
                        self.rstack.append(i)
                        try:
                            self.execute(body, depth)
                        finally:
                            self.rstack.pop()
                case ("until", body):
                    while True:
                        self.execute(body, depth)
                        if self.pop("until")[0]:
                            break

    def run(self, src):
        toks = list(self.tokens(src))
        i = 0
        while i < len(toks):
            kind, tok = toks[i]
            if tok == ":":
                name = toks[i + 1][1].lower()
                end = next((j for j in range(i + 2, len(toks)) if toks[j] == ("tok", ";")), None)
                if end is None:
                    raise ForthError(f"missing ; for {name}")
                self.words[name] = Word(name, self.compile_body(toks[i + 2:end]))
                i = end + 1
                continue
            if tok.lower() == "variable":
                self.variables.setdefault(toks[i + 1][1], 0)
                var = toks[i + 1][1]
                self.words[var.lower()] = Word(var, native=lambda v=var: self.stack.append(v))
                i += 2
                continue
            j = i
            while j < len(toks) and toks[j][1] not in (":", "variable"):
                j += 1
            self.execute(self.compile_body(toks[i:j]))
            i = j


SESSION = [
    "2 3 + 4 * .",
    ": square dup * ;  : cube dup square * ;  5 square . 3 cube .",
    ": countdown ( n -- ) begin dup . 1 - dup 0 = until drop ;  5 countdown",
    ": stars 0 do 42 emit loop ;  cr 3 stars cr 10 0 do i . loop",
    ': sign dup 0 < if ." negative" drop else 0 = if ." zero" else ." positive" then then ;  -4 sign 0 sign 9 sign',
    "variable total 10 total ! total @ 5 + total ! total @ .",
    ": fizz 16 1 do i 15 mod 0 = if .\" FizzBuzz\" else i 3 mod 0 = if .\" Fizz\" else i 5 mod 0 = if .\" Buzz\" else i . then then then loop ;  fizz",
    "1 2 3 rot .s",
    "1 +",
    "7 0 /",
    "frobnicate",
    ": broken if 1 ;",
    ": forever recurse-me ; : recurse-me forever ; forever",
    "10 3 mod . 3 10 max . -5 negate . 1 2 over .s",
]

forth = Forth([])
for src in SESSION:
    forth.out.clear()
    try:
        forth.run(src)
        status = "ok"
    except StackUnderflow as e:
        e.add_note(f"while running: {src[:20]}")
        status = f"underflow ({e.word}): {e} | notes={e.__notes__}"
        forth.stack.clear()
    except UnknownWord as e:
        status = f"{type(e).__name__}: {e} | is KeyError: {isinstance(e, KeyError)}"
    except ForthError as e:
        status = f"error: {e}" + (f" [from {e.__cause__!r}]" if e.__cause__ else "")
        forth.stack.clear()
    except RecursionError as e:
        status = f"recursion: {e}"
        forth.stack.clear()
    print(f"> {src}\n  {''.join(forth.out).strip()!r} -> {status}")

print(sorted(w for w, v in forth.words.items() if not v.native))
print(forth.words["cube"], forth.words["dup"])
try:
    raise ExceptionGroup("batch", [StackUnderflow("x", 2, 0), UnknownWord("zz"), ForthError("plain")])
except* StackUnderflow as eg:
    print("underflows:", [str(e) for e in eg.exceptions])
except* ForthError as eg:
    print("other forth:", sorted(str(e) for e in eg.exceptions))

try:
    forth.run("1 0 /")
except ForthError:
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print([l for l in lines if l and not l.startswith(" ")])
