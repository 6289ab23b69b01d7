# A small Forth-like stack language: words, definitions, IF/ELSE/THEN,
# DO/LOOP, BEGIN/UNTIL, variables, recursion, and error recovery.
import operator


class ForthError(Exception):
    pass


class StackUnderflow(ForthError):
    def __init__(self, word):
        super().__init__(f"stack underflow in {word!r}")


class Forth:
    def __init__(self, out):
        self.stack, self.rstack = [], []
        self.out = out
        self.vars, self.mem = {}, []
        self.words = {}
        binops = {"+": operator.add, "-": operator.sub, "*": operator.mul,
                  "/": self._div, "mod": self._mod, "=": lambda a, b: -int(a == b),
                  "<": lambda a, b: -int(a < b), ">": lambda a, b: -int(a > b),
                  "and": operator.and_, "or": operator.or_, "max": max, "min": min}
        for name, fn in binops.items():
            self.words[name] = self._binop(name, fn)
        self.words.update({
            "dup": lambda: self.push(*self.pop(1, "dup") * 2),
            "drop": lambda: self.pop(1, "drop") and None,
            "swap": lambda: self.push(*reversed(self.pop(2, "swap"))),
            "over": lambda: self.push(*(lambda a, b: (a, b, a))(*self.pop(2, "over"))),
            "rot": lambda: self.push(*(lambda a, b, c: (b, c, a))(*self.pop(3, "rot"))),
            ".": lambda: self.out.append(str(self.pop(1, ".")[0])),
            "emit": lambda: self.out.append(chr(self.pop(1, "emit")[0])),
            "cr": lambda: self.out.append("\n"),
            ".s": lambda: self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack))),
            "negate": lambda: self.push(-self.pop(1, "negate")[0]),
            "abs": lambda: self.push(abs(self.pop(1, "abs")[0])),
            "@": lambda: self.push(self.mem[self.pop(1, "@")[0]]),
            "!": self._store,
            "+!": self._addstore,
            "i": lambda: self.push(self.rstack[-1][0]),
            "j": lambda: self.push(self.rstack[-2][0]),
            "depth": lambda: self.push(len(self.stack)),
        })

    @staticmethod
    def _div(a, b):
        if b == 0:
            raise ForthError("division by zero")
        q = abs(a) // abs(b)
        return q if (a < 0) == (b < 0) else -q

    @staticmethod
    def _mod(a, b):
        if b == 0:
            raise ForthError("division by zero")
        return a - b * Forth._div(a, b)

    def _binop(self, name, fn):
        def run():
            a, b = self.pop(2, name)
            self.push(fn(a, b))
        return run

    def _store(self):
        v, addr = self.pop(2, "!")
        self.mem[addr] = v

    def _addstore(self):
        v, addr = self.pop(2, "+!")
        self.mem[addr] += v

    def push(self, *vals):
        self.stack.extend(vals)

    def pop(self, n, word):
        if len(self.stack) < n:
            raise StackUnderflow(word)
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals

    def compile(self, tokens):
        """Turn a token list into a nested program of ('op', arg) tuples."""
        prog, stack = [], []
        for tok in tokens:
            t = tok.lower()
            if t == "if":
                stack.append(("if", prog))
                prog = []
            elif t == "else":
                kind, outer = stack[-1]
                stack[-1] = ("else", outer, prog)
                prog = []
            elif t == "then":
                entry = stack.pop()
                if entry[0] == "if":
                    entry[1].append(("if", prog, []))
                    prog = entry[1]
                else:
                    entry[1].append(("if", entry[2], prog))
                    prog = entry[1]
            elif t in ("do", "begin"):
                stack.append((t, prog))
                prog = []
            elif t == "loop":
                kind, outer = stack.pop()
                outer.append(("do", prog))
                prog = outer
            elif t == "until":
                kind, outer = stack.pop()
                outer.append(("until", prog))
                prog = outer
            else:
                try:
                    prog.append(("lit", int(t, 0)))
                except ValueError:
                    prog.append(("call", t))
        if stack:
            raise ForthError(f"unterminated {stack[-1][0].upper()}")
        return prog

    def execute(self, prog):
        for op, *args in prog:
            if op == "lit":
                self.push(args[0])
            elif op == "call":
                name = args[0]
                if name in self.vars:
                    self.push(self.vars[name])
                    continue
                word = self.words.get(name)
                if word is None:
                    raise ForthError(f"unknown word {name!r}")
                word() if callable(word) else self.execute(word)
            elif op == "if":
                (flag,) = self.pop(1, "IF")
                self.execute(args[0] if flag else args[1])
            elif op == "do":
                start, limit = self.pop(2, "DO")[::-1]
                self.rstack.append([start, limit])
                try:
                    while self.rstack[-1][0] < limit:
                        self.execute(args[0])
                        self.rstack[-1][0] += 1
                finally:
                    self.rstack.pop()
            elif op == "until":
                while True:
                    self.execute(args[0])
                    if self.pop(1, "UNTIL")[0]:
                        break

    def interpret(self, line):
        tokens = line.split()
        try:
            while tokens:
                if tokens[0] == ":":
                    end = tokens.index(";")
                    name, body = tokens[1].lower(), tokens[2:end]
                    self.words[name] = self.compile(body)
                    tokens = tokens[end + 1:]
                elif tokens[0].lower() == "variable":
                    self.vars[tokens[1].lower()] = len(self.mem)
                    self.mem.append(0)
                    tokens = tokens[2:]
                elif tokens[0] == "(":
                    tokens = tokens[tokens.index(")") + 1:]
                else:
                    end = tokens.index(":") if ":" in tokens else len(tokens)
                    self.execute(self.compile(tokens[:end]))
                    tokens = tokens[end:]
            return "ok"
        except ForthError as e:
            self.stack.clear()
            return f"error: {e}"
        except RecursionError:
            self.stack.clear()
            return "error: return stack overflow"


out = []
f = Forth(out)
session = [
    "1 2 3 .s", "+ * .", "10 3 / . -10 3 / . -10 3 mod . 7 -2 mod .",
    ": square dup * ;", "7 square .", ": cube dup square * ; 3 cube .",
    ": fact dup 1 > if dup 1 - fact * then ;", "10 fact . 20 fact .",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ;",
    "-5 sign . 0 sign . 9 sign .",
    ": stars 0 do 42 emit loop ;", "5 stars cr 3 stars",
    ": table 4 1 do 4 1 do i j * . loop cr loop ;", "table",
    "variable total", "0 total !", ": sum-to 1 + 1 do i total +! loop ;", "100 sum-to total @ .",
    ": countdown begin dup . 1 - dup 0 = until drop ;", "5 countdown",
    "( a comment ) 0x10 0b101 + .", "1 2 swap .s drop drop", "1 2 over rot .s",
    "1 0 /", "drop", "foo", ": broken 1 if 2 ;", "broken",
    ": forever forever ; forever", "3 4 max 2 min .", "depth .",
    ": fib dup 2 < if else dup 1 - fib swap 2 - fib + then ; 20 fib .",
    "72 emit 105 emit 33 emit cr",
]
for line in session:
    before = len(out)
    status = f.interpret(line)
    text = "".join(x if x in "\n" or len(x) == 1 and not x.isdigit() else x + " " for x in out[before:])
    print(f"{line:<42} -> {text!r} {status}")
print(sorted(k for k, v in f.words.items() if isinstance(v, list)))
print(f.words["sign"])
print(f.vars, f.mem, f.stack, f.rstack)
