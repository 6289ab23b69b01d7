# json: files, bytes encodings, round trips of numbers and text, nesting limits, errors.
import json


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


doc = {"name": "ember", "list": [1, 2.5, None, True, False, "x"], "nested": {"a": {"b": []}},
       "empty": {}, "unicode": "caf\u00e9 \u2603 \U0001f600", "neg": -7, "big": 2 ** 70}
s = Sink()
json.dump(doc, s)
print("".join(s.parts))
s = Sink()
json.dump(doc, s, indent=3, sort_keys=True, ensure_ascii=False)
text = "".join(s.parts)
print(text)
print(json.load(Source(text)) == doc)
print(json.loads(json.dumps(doc)) == doc, json.loads(json.dumps(doc, indent=1)) == doc)

# bytes in each encoding json.loads detects
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"]:
    t(enc, lambda: json.loads('{"k": ["\u00e9", 1]}'.encode(enc)))
t("utf-8 bom", lambda: json.loads(b"\xef\xbb\xbf" + '{"k": ["\u00e9", 1]}'.encode()))
t("bytearray", lambda: json.loads(bytearray(b"[1, 2]")))
t("bytes 1", lambda: json.loads(b"7"))
t("bytes 2", lambda: json.loads(b"17"))
t("bad type", lambda: json.loads(None))
t("bad type list", lambda: json.loads([]))

# number round trips
floats = [0.1, 0.2, 1 / 3, 2 / 3, 1e16, 1.5e-10, 123456.789, 5e-324, 1.7976931348623157e308,
          -2.5, 1e22, 1e21, 1e-5, 100.0, 3.141592653589793, 2.0 ** 60, 0.5 ** 30]
print(json.dumps(floats))
print(json.loads(json.dumps(floats)) == floats)
ints = [0, -1, 2 ** 31, -2 ** 63, 2 ** 64 + 1, 10 ** 40, -(10 ** 40)]
print(json.dumps(ints), json.loads(json.dumps(ints)) == ints)
for num in ["1", "-1", "0", "-0", "1.0", "-1.5", "1e3", "1E-3", "1e+3", "12345678901234567890",
            "0.1e1", "-0.0", "1.7976931348623157e309", "2.5e-324", "123.456e-2"]:
    t("num " + num, lambda: json.loads(num))
for bad in ["+1", ".5", "1.", "00", "0x10", "1e", "--1", "- 1", "1 .5", "Infinity1",
            "nan", "inf", "NULL", "True", "[1 2]", "{'a': 1}", '{"a" 1}', "[,]", "[1,,2]",
            '["a" "b"]', "{,}", '{"a":1,,}', "\t\n", '"\t"', '"\\a"', '"\\u00g0"', '"\\',
            "[\n1,\n2,\n\n", '{\n"x": [\n  tru\n]}']:
    t("bad " + repr(bad), lambda: json.loads(bad))

# strings
for s in ["", "a", "\u00e9", "\u2028\u2029", "\x00\x1f\x7f", "\\/\"", "\U0001f600", "tab\there",
          "\ud7ff\ue000\uffff", "\U0010ffff"]:
    a = json.dumps(s)
    b = json.dumps(s, ensure_ascii=False)
    print(a, repr(b), json.loads(a) == s, json.loads(b) == s)
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n\\t\\/\\\\\\""'))
print(json.loads('"\\u0041\\u00DF\\u6C34"'))

# containers and keys
print(json.dumps({"a": [], "b": {}, "c": [[]], "d": [{}]}, indent=2))
print(json.dumps([[], {}], indent=2))
print(json.dumps({"x": 1, "y": [1, 2]}, indent=2, separators=(";", "=")))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True))
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d", (1,): "e"}, skipkeys=True))
print(json.dumps({"k": {(1,): 2, "ok": 3}}, skipkeys=True))
print(json.dumps((1, (2, 3)), separators=(",", ":")))
print(json.loads('{"a": 1, "a": 2, "b": {"a": 3}}'))
print(json.loads(' \n [ 1 , { "k" : [ ] } ] \t '))
t("empty obj hook", lambda: json.loads("{}", object_hook=lambda d: ("hook", d)))
t("empty pairs hook", lambda: json.loads("{}", object_pairs_hook=lambda p: ("pairs", p)))
t("both hooks", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: 1,
                                   object_pairs_hook=lambda p: p))
t("hook raises", lambda: json.loads('{"a": 1}', object_hook=lambda d: 1 / 0))
t("parse_int raises", lambda: json.loads('[1]', parse_int=lambda s: int("x")))
t("parse_float decimal-like", lambda: json.loads('[1.10, 2]', parse_float=lambda s: ("F", s)))
t("parse_constant", lambda: json.loads("[NaN, -Infinity]", parse_constant=str))
t("strict off", lambda: json.loads('["a\nb\tc"]', strict=False))
t("strict on", lambda: json.loads('["a\nb"]'))
t("JSONDecoder strict", lambda: json.JSONDecoder(strict=False).decode('"\x00"'))
t("raw_decode idx", lambda: json.JSONDecoder().raw_decode('xx[1, 2] yy', 2))
t("raw_decode unicode", lambda: json.JSONDecoder().raw_decode('\u00e9\u00e9"\u00e9" z', 2))

# nesting
deep = "[" * 100 + "]" * 100
print(len(json.dumps(json.loads(deep))))
t("too deep load", lambda: json.loads("[" * 100000 + "]" * 100000))
t("too deep load obj", lambda: json.loads('{"a":' * 100000 + "1" + "}" * 100000))
nest = []
for i in range(100000):
    nest = [nest]
t("too deep dump", lambda: json.dumps(nest))
d = {}
d["self"] = d
t("circular dict", lambda: json.dumps(d))
t("circular default", lambda: json.dumps(object(), default=lambda o: [o]))
t("default bad", lambda: json.dumps({1, 2}, default=lambda o: o))
t("default chain", lambda: json.dumps({1, 2}, default=sorted))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return json.JSONEncoder.default(self, o)


print(json.dumps([1j, 2 + 3j], cls=Enc), Enc(indent=1).encode({"c": 1j}))
t("Enc bad", lambda: Enc().encode(object()))
e = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print(e.encode({"b": 1, "a": 2}), e.item_separator, e.key_separator)
print(json.JSONEncoder(indent=2).item_separator, json.JSONEncoder().item_separator)


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return sorted(d.items())


print(json.loads('{"b": 1, "a": {"d": 2, "c": 3}}', cls=Dec))
try:
    json.loads('{"a": [1, 2,\n  3 4]}')
except ValueError as err:
    print(type(err).__name__, err.msg, err.pos, err.lineno, err.colno, err.args)
    print(err.__reduce__()[1])
err = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno, isinstance(err, ValueError))
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
print(json.dumps("x"), json.dumps(None), json.dumps(True), json.dumps(12), json.dumps(-0.0))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
t("allow_nan list", lambda: json.dumps([float("nan")], allow_nan=False))
t("allow_nan key", lambda: json.dumps({float("inf"): 1}, allow_nan=False))
print(json.dumps({float("nan"): 1, float("-inf"): 2}))
