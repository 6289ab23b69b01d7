# A hand-written JSON serializer (with pretty printing) and parser.
def dumps(obj, indent=None, sort_keys=False, _level=0):
    nl = "\n" if indent is not None else ""
    pad = " " * (indent or 0) * (_level + 1)
    end_pad = " " * (indent or 0) * _level
    sep = ": " if indent is not None else ":"
    comma = "," if indent is not None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"Out of range float values are not JSON compliant: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                if ord(ch) > 0xffff:
                    v = ord(ch) - 0x10000
                    out.append("\\u%04x\\u%04x" % (0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff)))
                else:
                    out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [dumps(v, indent, sort_keys, _level + 1) for v in obj]
        return "[" + nl + (comma + nl).join(pad + i for i in items) + nl + end_pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + dumps(k) + sep + dumps(obj[k], indent, sort_keys, _level + 1))
        return "{" + nl + (comma + nl).join(items) + nl + end_pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def error(self, msg):
        raise ValueError(f"{msg} at position {self.i}")
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            self.error("Extra data")
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("Expecting value")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i] != '"':
                self.error("Expecting property name")
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                self.error("Expecting ':'")
            self.i += 1
            out[k] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
            elif self.s[self.i] == "}":
                self.i += 1
                return out
            else:
                self.error("Expecting ',' or '}'")
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
            elif self.s[self.i] == "]":
                self.i += 1
                return out
            else:
                self.error("Expecting ',' or ']'")
    def string(self):
        self.i += 1
        out = []
        while self.s[self.i] != '"':
            c = self.s[self.i]
            if c == "\\":
                e = self.s[self.i + 1]
                if e == "u":
                    code = int(self.s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xd800 <= code < 0xdc00 and self.s.startswith("\\u", self.i):
                        low = int(self.s[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        self.i += 6
                    out.append(chr(code))
                    continue
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[e])
                self.i += 2
            else:
                out.append(c)
                self.i += 1
        self.i += 1
        return "".join(out)
    def number(self):
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        text = self.s[self.i:j]
        if not text:
            self.error("Expecting value")
        self.i = j
        return float(text) if any(c in text for c in ".eE") else int(text)
doc = {"name": "Ember", "version": [0, 1, 0], "stable": False, "ratio": 0.75, "big": 10 ** 20,
       "tags": ["rust", "python"], "meta": {"empty_list": [], "empty_obj": {}, "nothing": None},
       "text": 'quote " backslash \\ newline \n tab \t unicode é 😀'}
print(dumps(doc))
print(dumps(doc, indent=2, sort_keys=True))
parsed = Parser(dumps(doc)).parse()
print(parsed == doc, parsed["text"] == doc["text"])
print(Parser('  {"a": [1, 2.5, -3e2, true, null], "b": {"c": "d\\u0041"}}  ').parse())
for bad in ["", "[1, 2", '{"a" 1}', "[1] x", "{1: 2}", "[1,,2]"]:
    try:
        Parser(bad).parse()
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
for bad in [float("nan"), {1: 2}, {"s": {1, 2}}]:
    try:
        dumps(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
