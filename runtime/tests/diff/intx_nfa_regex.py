"""Thompson-NFA regex engine (subset) compared against the re module."""
import re
from dataclasses import dataclass, field
from itertools import count


class RegexSyntaxError(Exception):
    def __init__(self, msg, pattern, pos):
        super().__init__(f"{msg} at position {pos} in {pattern!r}")
        self.pos = pos


_ids = count()


@dataclass(eq=False)
class State:
    kind: str                 # 'char', 'any', 'class', 'split', 'match', 'bol', 'eol'
    value: object = None
    out: "State" = None
    out1: "State" = None
    id: int = field(default_factory=lambda: next(_ids))


@dataclass
class Frag:
    start: State
    outs: list  # list of (state, attrname)

    def patch(self, target):
        for st, attr in self.outs:
            setattr(st, attr, target)


class Compiler:
    def __init__(self, pattern):
        self.p, self.i = pattern, 0

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def compile(self):
        frag = self.alt()
        if self.i != len(self.p):
            raise RegexSyntaxError("unbalanced parenthesis", self.p, self.i)
        frag.patch(State("match"))
        return frag.start

    def alt(self):
        left = self.concat()
        while self.peek() == "|":
            self.i += 1
            right = self.concat()
            s = State("split", out=left.start, out1=right.start)
            left = Frag(s, left.outs + right.outs)
        return left

    def concat(self):
        frags = []
        while self.peek() not in (None, "|", ")"):
            frags.append(self.repeat())
        if not frags:
            e = State("split")  # epsilon: split with single out
            return Frag(e, [(e, "out")])
        first = frags[0]
        for nxt in frags[1:]:
            first.patch(nxt.start)
            first = Frag(first.start, nxt.outs)
        return first

    def repeat(self):
        atom = self.atom()
        while self.peek() in ("*", "+", "?"):
            op = self.p[self.i]
            self.i += 1
            s = State("split", out=atom.start)
            match op:
                case "*":
                    atom.patch(s)
                    atom = Frag(s, [(s, "out1")])
                case "+":
                    atom.patch(s)
                    atom = Frag(atom.start, [(s, "out1")])
                case "?":
                    atom = Frag(s, atom.outs + [(s, "out1")])
        return atom

    def atom(self):
        ch = self.peek()
        start = self.i
        self.i += 1
        match ch:
            case "(":
                inner = self.alt()
                if self.peek() != ")":
                    raise RegexSyntaxError("missing ), unterminated subpattern", self.p, start)
                self.i += 1
                return inner
            case "*" | "+" | "?":
                raise RegexSyntaxError("nothing to repeat", self.p, start)
            case ".":
                s = State("any")
            case "^":
                s = State("bol")
            case "$":
                s = State("eol")
            case "[":
                s = State("class", self.char_class(start))
            case "\\":
                esc = self.peek()
                if esc is None:
                    raise RegexSyntaxError("bad escape (end of pattern)", self.p, start)
                self.i += 1
                classes = {"d": (False, set("0123456789")), "w": (False, None), "s": (False, set(" \t\n\r\f\v"))}
                if esc in classes:
                    s = State("class", classes[esc])
                else:
                    s = State("char", esc)
            case _:
                s = State("char", ch)
        return Frag(s, [(s, "out")])

    def char_class(self, start):
        negate = self.peek() == "^"
        if negate:
            self.i += 1
        chars = set()
        first = True
        while True:
            ch = self.peek()
            if ch is None:
                raise RegexSyntaxError("unterminated character set", self.p, start)
            if ch == "]" and not first:
                self.i += 1
                return (negate, chars)
            first = False
            self.i += 1
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                hi = self.p[self.i + 1]
                chars.update(chr(c) for c in range(ord(ch), ord(hi) + 1))
                self.i += 2
            else:
                chars.add(ch)


def in_class(value, ch):
    negate, chars = value
    hit = (ch.isalnum() or ch == "_") if chars is None else ch in chars
    return hit != negate


def add_state(lst, seen, st, text, pos):
    if st is None or st.id in seen:
        return
    seen.add(st.id)
    if st.kind == "split":
        add_state(lst, seen, st.out, text, pos)
        add_state(lst, seen, st.out1, text, pos)
    elif st.kind == "bol":
        if pos == 0:
            add_state(lst, seen, st.out, text, pos)
    elif st.kind == "eol":
        if pos == len(text) or (pos == len(text) - 1 and text[-1] == "\n"):
            add_state(lst, seen, st.out, text, pos)
    else:
        lst.append(st)


def nfa_fullmatch(start, text):
    current = []
    add_state(current, set(), start, text, 0)
    for pos, ch in enumerate(text):
        nxt, seen = [], set()
        for st in current:
            ok = (st.kind == "char" and st.value == ch) or \
                 (st.kind == "any" and ch != "\n") or \
                 (st.kind == "class" and in_class(st.value, ch))
            if ok:
                add_state(nxt, seen, st.out, text, pos + 1)
        current = nxt
        if not current:
            return False
    return any(st.kind == "match" for st in current)


def nfa_search_count(start, text):
    """Count start offsets where some prefix matches (like re.match at each offset)."""
    hits = 0
    for i in range(len(text) + 1):
        if any(nfa_fullmatch(start, text[i:j]) for j in range(i, len(text) + 1)):
            hits += 1
    return hits


PATTERNS = [
    (r"a(b|c)*d", ["ad", "abcbd", "abd", "abx", "a", "acccccd"]),
    (r"(ab)+c?", ["ab", "ababc", "abc c", "", "aba"]),
    (r"[a-c]+x[^0-9]", ["abcxz", "ax5", "cx_", "dx!"]),
    (r"\d+\.\d*", ["3.14", "10.", ".5", "1a.2"]),
    (r"\w+@\w+\.com", ["me@site.com", "a_b@c9.com", "@x.com", "me@site.org"]),
    (r"(a|ab)(c|bcd)(d*)", ["abcd", "acd", "abcdd", "abbcd"]),
    (r"x*y*z*", ["", "xxzz", "yx", "zzz"]),
    (r"[]a]+", ["]a]", "a", "b"]),
    (r"a.c", ["abc", "a\nc", "ac"]),
    (r"(a*)*b", ["aaab", "b", "aaa"]),
    (r"colou?r|gr[ae]y", ["color", "colour", "grey", "gray", "grYy"]),
    (r"[-+]?\d+", ["-12", "+7", "7-", "--1"]),
]

agree = total = 0
for pat, tests in PATTERNS:
    prog = Compiler(pat).compile()
    rx = re.compile(pat)
    row = []
    for t in tests:
        mine = nfa_fullmatch(prog, t)
        ref = rx.fullmatch(t) is not None
        total += 1
        agree += mine == ref
        row.append(f"{t!r}:{'Y' if mine else 'n'}{'' if mine == ref else '!'}")
    print(f"{pat:22} {' '.join(row)}")
print(f"agreement {agree}/{total}")

for pat, text in [("ab*", "abbbxab a"), (r"\d\d", "a12b345"), ("x|yz", "xyzyx")]:
    prog = Compiler(pat).compile()
    ref = len({m.start() for m in re.finditer(f"(?=({pat}))", text)})
    print(pat, text, nfa_search_count(prog, text), ref)

for bad in ["a(b", "*a", "a|+", "[abc", "ab\\", "a)b"]:
    try:
        Compiler(bad).compile()
        mine = "ok"
    except RegexSyntaxError as e:
        mine = f"{e} (pos {e.pos})"
    try:
        re.compile(bad)
        ref = "ok"
    except re.error as e:
        ref = f"{e.msg} at position {e.pos}"
    print(f"{bad!r:8} mine={mine}\n{'':8} re  ={ref}")
