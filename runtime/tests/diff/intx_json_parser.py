"""Hand-written JSON parser checked against json.loads, including error positions."""
import json
import math
from decimal import Decimal
from collections import OrderedDict


class JSONSyntaxError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - text.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos, self.line, self.col = pos, line, col


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
WS = " \t\n\r"


class Parser:
    __slots__ = ("text", "pos", "parse_float", "object_hook", "depth")

    def __init__(self, text, parse_float=float, object_hook=None):
        self.text, self.pos = text, 0
        self.parse_float, self.object_hook = parse_float, object_hook
        self.depth = 0

    def error(self, msg, pos=None):
        raise JSONSyntaxError(msg, self.text, self.pos if pos is None else pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in WS:
            self.pos += 1

    def parse(self):
        self.skip()
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            self.error("Extra data")
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            self.error("Expecting value")
        ch = self.text[self.pos]
        match ch:
            case "{":
                return self.obj()
            case "[":
                return self.arr()
            case '"':
                return self.string()
            case "-" | "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9":
                return self.number()
        for word, val in (("true", True), ("false", False), ("null", None),
                          ("NaN", math.nan), ("Infinity", math.inf)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error("Expecting value")

    def number(self):
        start = self.pos
        t = self.text
        if t.startswith("-Infinity", start):
            self.pos += 9
            return -math.inf
        if t[self.pos] == "-":
            self.pos += 1
        if self.pos < len(t) and t[self.pos] == "0":
            self.pos += 1
        elif self.pos < len(t) and t[self.pos].isdigit():
            while self.pos < len(t) and t[self.pos] in "0123456789":
                self.pos += 1
        else:
            self.pos = start
            self.error("Expecting value")
        is_float = False
        if self.pos + 1 < len(t) and t[self.pos] == "." and t[self.pos + 1].isdigit():
            is_float = True
            self.pos += 1
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(t) and t[self.pos] in "eE":
            save = self.pos
            self.pos += 1
            if self.pos < len(t) and t[self.pos] in "+-":
                self.pos += 1
            if self.pos < len(t) and t[self.pos].isdigit():
                is_float = True
                while self.pos < len(t) and t[self.pos].isdigit():
                    self.pos += 1
            else:
                self.pos = save
        lit = t[start:self.pos]
        return self.parse_float(lit) if is_float else int(lit)

    def string(self):
        t = self.text
        begin = self.pos
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(t):
                self.error("Unterminated string starting at", begin)
            ch = t[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                self.pos += 1
                esc = t[self.pos:self.pos + 1]
                if esc == "u":
                    hexd = t[self.pos + 1:self.pos + 5]
                    if len(hexd) < 4 or not all(c in "0123456789abcdefABCDEF" for c in hexd):
                        self.error("Invalid \\uXXXX escape", self.pos - 1)
                    code = int(hexd, 16)
                    self.pos += 5
                    if 0xD800 <= code < 0xDC00 and t.startswith("\\u", self.pos):
                        low = int(t[self.pos + 2:self.pos + 6], 16)
                        if 0xDC00 <= low < 0xE000:
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            self.pos += 6
                    out.append(chr(code))
                    continue
                if esc not in ESCAPES:
                    self.error("Invalid \\escape", self.pos - 1)
                out.append(ESCAPES[esc])
                self.pos += 1
                continue
            if ch < " ":
                self.error("Invalid control character at")
            out.append(ch)
            self.pos += 1

    def obj(self):
        self.pos += 1
        pairs = []
        self.skip()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return self.finish(pairs)
        while True:
            self.skip()
            if self.text[self.pos:self.pos + 1] != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.skip()
            if self.text[self.pos:self.pos + 1] != ":":
                self.error("Expecting ':' delimiter")
            self.pos += 1
            pairs.append((key, self.value()))
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                return self.finish(pairs)
            if ch != ",":
                self.error("Expecting ',' delimiter", self.pos - 1)
            self.skip()
            if self.text[self.pos:self.pos + 1] == "}":
                self.error("Illegal trailing comma before end of object", self.pos - 1)

    def finish(self, pairs):
        d = dict(pairs)
        return self.object_hook(d) if self.object_hook else d

    def arr(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                self.error("Expecting ',' delimiter", self.pos - 1)
            self.skip()
            if self.text[self.pos:self.pos + 1] == "]":
                self.error("Illegal trailing comma before end of array", self.pos - 1)


def loads(text, **kw):
    return Parser(text, **kw).parse()


GOOD = [
    '{"a": [1, 2.5, -3e2, 0, -0.0, 1E+2], "b": {"c": null, "d": true, "e": false}}',
    '"esc: \\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00"',
    '  [ ]  ', '{}', '[[[[[]]]]]', '12345678901234567890123', '-0', '3.25',
    '[NaN, Infinity, -Infinity]', '{"dup": 1, "dup": 2}', '"\u2603 unicode"',
    '[1.5e-10, 100e0, 1.0]',
]
BAD = [
    '', '   ', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{a: 1}', '[1 2]', 'tru',
    '"abc', '"bad \\x escape"', '"\\u12"', '[1] x', '{"a": 1}}', '01', '-', '"tab\there"',
    '[\n  1,\n  2\n  3\n]', '{"k": [1, {"z": }]}', 'nul', '1.', '.5',
]

ok = 0
for src in GOOD:
    mine, ref = loads(src), json.loads(src)
    same = repr(mine) == repr(ref)
    ok += same
    print(f"{src[:40]!r:45} -> {mine!r:.60} {'OK' if same else 'MISMATCH ' + repr(ref)}")
print(f"{ok}/{len(GOOD)} good inputs agree")

for src in BAD:
    try:
        loads(src)
        mine = "accepted"
    except JSONSyntaxError as e:
        mine = str(e)
    try:
        json.loads(src)
        ref = "accepted"
    except json.JSONDecodeError as e:
        ref = str(e)
        assert (e.lineno, e.colno) == (ref and e.lineno, e.colno)
    flag = "==" if mine == ref else "!="
    print(f"{src!r:24} {flag} mine: {mine}")
    if flag == "!=":
        print(f"{'':24}    ref:  {ref}")

print(loads("[1.1, 2.2]", parse_float=Decimal), json.loads("[1.1, 2.2]", parse_float=Decimal))
hook = lambda d: OrderedDict(sorted(d.items()))
print(loads('{"z": 1, "a": {"y": 2, "b": 3}}', object_hook=hook))
print(json.loads('{"z": 1, "a": {"y": 2, "b": 3}}', object_hook=hook))
print(json.loads('[1, 2]', parse_int=lambda s: int(s) * 10), json.loads('{"a": 1}', object_pairs_hook=list))
try:
    json.loads(b'\xff\xfe')
except (UnicodeDecodeError, json.JSONDecodeError) as e:
    print(type(e).__name__)
e = None
try:
    json.loads('{"a": [1, 2,\n "x": 3]}')
except json.JSONDecodeError as err:
    e = err
print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError), e.doc[:6])
data = loads(json.dumps({"nested": [1, {"k": "v\u00e9"}], "n": None, "f": 1.5}, ensure_ascii=True, sort_keys=True, indent=2))
print(data)
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
