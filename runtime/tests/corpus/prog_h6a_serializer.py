# A hand-written JSON-like serializer and parser with pretty printing, escapes and errors.
class SerializeError(TypeError):
    pass

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}

def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(obj, indent=None, _level=0, _seen=None):
    seen = set() if _seen is None else _seen
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = "," if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(int(obj))
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise SerializeError(f"cannot serialize {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in seen:
            raise SerializeError("circular reference detected")
        seen.add(id(obj))
        try:
            if isinstance(obj, dict):
                if not obj:
                    return "{}"
                parts = []
                for k, v in obj.items():
                    if not isinstance(k, str):
                        if isinstance(k, (int, float, bool)) or k is None:
                            k = dumps(k)
                        else:
                            raise SerializeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
                    parts.append(pad + quote(k) + ": " + dumps(v, indent, _level + 1, seen))
                return "{" + sep.join(parts) + end + "}"
            if not obj:
                return "[]"
            return "[" + sep.join(pad + dumps(v, indent, _level + 1, seen) for v in obj) + end + "]"
        finally:
            seen.discard(id(obj))
    if hasattr(obj, "__json__"):
        return dumps(obj.__json__(), indent, _level, seen)
    raise SerializeError(f"Object of type {type(obj).__name__} is not serializable")

class ParseError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg}: char {pos}")
        self.pos = pos

def loads(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
    def value():
        nonlocal pos
        skip()
        if pos >= len(text):
            raise ParseError("Expecting value", pos)
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            skip()
            if text[pos:pos + 1] == "}":
                pos += 1
                return result
            while True:
                skip()
                if text[pos:pos + 1] != '"':
                    raise ParseError("Expecting property name enclosed in double quotes", pos)
                key = value()
                skip()
                if text[pos:pos + 1] != ":":
                    raise ParseError("Expecting ':' delimiter", pos)
                pos += 1
                result[key] = value()
                skip()
                if text[pos:pos + 1] == ",":
                    pos += 1
                    continue
                if text[pos:pos + 1] == "}":
                    pos += 1
                    return result
                raise ParseError("Expecting ',' delimiter", pos)
        if ch == "[":
            pos += 1
            items = []
            skip()
            if text[pos:pos + 1] == "]":
                pos += 1
                return items
            while True:
                items.append(value())
                skip()
                if text[pos:pos + 1] == ",":
                    pos += 1
                elif text[pos:pos + 1] == "]":
                    pos += 1
                    return items
                else:
                    raise ParseError("Expecting ',' delimiter", pos)
        if ch == '"':
            pos += 1
            buf = []
            while True:
                if pos >= len(text):
                    raise ParseError("Unterminated string", pos)
                c = text[pos]
                if c == '"':
                    pos += 1
                    return "".join(buf)
                if c == "\\":
                    esc = text[pos + 1]
                    if esc == "u":
                        code = int(text[pos + 2:pos + 6], 16)
                        pos += 6
                        if 0xD800 <= code < 0xDC00 and text[pos:pos + 2] == "\\u":
                            low = int(text[pos + 2:pos + 6], 16)
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            pos += 6
                        buf.append(chr(code))
                        continue
                    buf.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(esc, esc))
                    pos += 2
                    continue
                buf.append(c)
                pos += 1
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise ParseError("Expecting value", pos)
        return float(num) if any(c in num for c in ".eE") else int(num)
    result = value()
    skip()
    if pos != len(text):
        raise ParseError("Extra data", pos)
    return result

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __json__(self):
        return {"x": self.x, "y": self.y}

doc = {"name": "Widget \"Pro\"", "tags": ["a", "b\tc", "ünï", "😀"], "price": 12.5, "qty": 10**20,
       "ok": True, "none": None, "nested": {"empty": {}, "list": [], "pt": Point(1, -2.5)}, 3: "int key", 1.5: False}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2))
back = loads(compact)
print(back == {**{k if isinstance(k, str) else dumps(k): v for k, v in doc.items() if k != "nested"}, "nested": {"empty": {}, "list": [], "pt": {"x": 1, "y": -2.5}}})
print(back["tags"], back["qty"], type(back["price"]).__name__)
for bad in [float("nan"), {"k": object()}, {(1, 2): 3}, [1, [2, float("inf")]]]:
    try:
        dumps(bad)
    except SerializeError as e:
        print("SerializeError", e, isinstance(e, TypeError))
cyc = [1]
cyc.append(cyc)
try:
    dumps(cyc)
except SerializeError as e:
    print("SerializeError", e)
shared = [1, 2]
print(dumps([shared, shared, {"a": shared}]))
for text in ['{"a": 1,}', '[1 2]', '{"a" 1}', '"abc', '', '[1, 2] x', '{1: 2}', '  [ -1.5e3 , 0.25, -0 ]  ', '{"u": "\\u00e9\\ud83d\\ude00"}']:
    try:
        print(repr(text), "->", loads(text))
    except ParseError as e:
        print(repr(text), "ParseError", e, e.pos)
