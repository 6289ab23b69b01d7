"""json rewrite check: dump/dumps options, encoder attributes, decoder errors and hooks."""
import json
import json.decoder
import json.encoder
import io
import pickle
from collections import OrderedDict


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = {"b": [1, 2.0, None, True], "a": {"x": "\u00e9\n\t\"q\""}, "c": (), "d": {}}
for kw in [{}, {"indent": 2}, {"indent": "\t"}, {"separators": (",", ":")},
           {"sort_keys": True}, {"ensure_ascii": False}, {"indent": 0},
           {"indent": 1, "separators": (" ,", " : ")}]:
    print(kw, json.dumps(data, **kw))
    buf = io.StringIO()
    json.dump(data, buf, **kw)
    print(buf.getvalue() == json.dumps(data, **kw))

# dump writes chunks; count them in the default and the custom paths
class Counting:
    def __init__(self):
        self.n = 0
        self.text = ""
    def write(self, s):
        self.n += 1
        self.text += s

for kw in [{}, {"indent": 2}, {"sort_keys": True}]:
    w = Counting()
    json.dump([1, {"k": [2, 3]}, "s"], w, **kw)
    print(w.n, w.text)

enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.skipkeys, enc.ensure_ascii,
      enc.check_circular, enc.allow_nan, enc.sort_keys, enc.indent)
enc = json.JSONEncoder(indent=4)
print(repr(enc.item_separator), repr(enc.key_separator))
enc = json.JSONEncoder(indent=4, separators=(";", "="))
print(repr(enc.item_separator), repr(enc.key_separator))
enc = json.JSONEncoder(default=lambda o: sorted(o))
print(enc.encode({1, 3, 2}), list(enc.iterencode({"s": {5, 4}})))
show("noser", lambda: json.dumps(object))
show("nan", lambda: json.dumps(float("nan"), allow_nan=False))
show("ninf", lambda: json.dumps([float("-inf")], allow_nan=False))
show("key", lambda: json.dumps({(1, 2): 3}))
show("skip", lambda: json.dumps({(1, 2): 3, 1.5: 2, None: 0, False: 1}, skipkeys=True))
circ = []
circ.append(circ)
show("circ", lambda: json.dumps(circ))
d = {}
d["d"] = d
show("circd", lambda: json.dumps(d))
show("nocheck", lambda: json.dumps([[1]], check_circular=False))
show("kw", lambda: json.dumps(1, bogus=1))

class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(json.dumps([1j, 2 + 3j], cls=MyEnc))
show("myenc", lambda: json.dumps(object(), cls=MyEnc).startswith("x"))
print(json.encoder.encode_basestring("a\u20ac\"\\"), json.encoder.encode_basestring_ascii("a\u20ac\x7f\x1f"))

# decoding
for text in ['{"a": [1, 2.5, -0, 1e3, true, false, null]}', ' [] ', '"\\u00e9\\ud83d\\ude00"',
             'NaN', '[Infinity, -Infinity]', '{"a":1,"a":2}', '123.0', '1E+2']:
    show("loads", lambda: json.loads(text))
for bad in ['', '[', '{"a" 1}', '[1,]', '{"a":1,}', 'tru', '"abc', '[1] x', '\ufeff[]',
            '{1: 2}', '"\x01"', '"\\x"', '[1\n,\n  ?]', '01', '-', '"\\u12"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == bad)
show("type", lambda: json.loads(3))
show("bytes", lambda: json.loads(b'{"k": "\xc3\xa9"}'))
show("u16", lambda: json.loads('[1, "x"]'.encode("utf-16")))
show("u32le", lambda: json.loads('{"a": null}'.encode("utf-32-le")))
show("u8sig", lambda: json.loads(b'\xef\xbb\xbf[2]'))
show("pairs", lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
show("hook", lambda: json.loads('{"b": {"c": 1}}', object_hook=lambda d: sorted(d)))
show("pf", lambda: json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
show("pc", lambda: json.loads('[NaN, Infinity]', parse_constant=lambda s: "<" + s + ">"))
show("strict", lambda: json.loads('"a\tb"', strict=False))
show("strict2", lambda: json.loads('"a\tb"'))
dec = json.JSONDecoder()
show("raw", lambda: dec.raw_decode('  [1, 2] tail'))
show("raw2", lambda: dec.raw_decode('[1, 2] tail'))
show("raw3", lambda: dec.raw_decode('{"a": 1}xyz', 0))
show("dec", lambda: dec.decode('  {"z": []}  '))
show("dec2", lambda: dec.decode('{} []'))
print(dec.parse_float is float, dec.parse_int is int, dec.strict, dec.object_hook, dec.parse_constant("-Infinity"))
e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, e.args, e.lineno, e.colno)
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, e2, e2.pos, e2.msg)
print(e.__reduce__()[1], issubclass(json.JSONDecodeError, ValueError))
print(json.JSONDecodeError is json.decoder.JSONDecodeError)
print(json.load(io.StringIO('{"q": [1]}')), json.load(io.BytesIO(b'[true]')))
print(json.detect_encoding(b'\x00\x00\x00[') if hasattr(json, 'detect_encoding') else None)
for b in [b'[1]', b'\x00[', b'[\x00', b'\x00\x00\x00[', b'[\x00\x00\x00', b'\x00[\x00]', b'[\x00]\x00',
          b'\xff\xfe[\x00', b'\xfe\xff\x00[', b'\xef\xbb\xbf[]', b'\xff\xfe\x00\x00[\x00\x00\x00']:
    print(b, json.detect_encoding(b))
print(json.__all__, json.decoder.__all__, json.encoder.__all__ if hasattr(json.encoder, '__all__') else None)
