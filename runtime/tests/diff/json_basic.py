# json: dumps/loads options, hooks, encoder classes and JSONDecodeError messages.
import json
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: json.dumps(float('nan'), allow_nan=False))
t(lambda: json.dumps([float('inf')], allow_nan=False, indent=1))
t(lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True))
t(lambda: json.dumps({(1,2): 2}))
t(lambda: json.dumps({(1,2): 2}, skipkeys=True))
t(lambda: json.dumps(object()))
t(lambda: json.dumps(object(), indent=2))
l=[]; l.append(l)
t(lambda: json.dumps(l))
t(lambda: json.dumps(l, indent=1))
t(lambda: json.dumps(l, check_circular=False))
for s in ['', '{', '[', '[1', '[1,]', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '{"a" 1}', '{1:2}', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12x4"', '"\\', '"\x01"', 'nul', 'tru', '1 2', '  [1, 2]  x', '-', '-a', '01', '1.', '1.e5', '1e', '1e+', '\ufeff1', '[1]\n\n  [', 'NaN', '-Infinity', 'Infinity', '[-Infinity]', '{"a":1}{', '"\\ud83d\\ude00"', '1.5e400', '-0', '-0.0', '1E5', '"\\/"', '[1,\n2,\n3,\n4 5]', '{"a":\n\n  }']:
    t(lambda: json.loads(s))
try:
    json.loads('[1,\n 2 x')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc), e.args)
t(lambda: json.loads(b'[1]'))
t(lambda: json.loads(5))
t(lambda: json.loads('"\x01"', strict=False))
t(lambda: json.loads('{"a":1, "a":2}'))
t(lambda: json.loads('{"a":1, "b":2}', object_pairs_hook=lambda p: p))
t(lambda: json.loads('{"a":1, "b":{"c":[]}}', object_hook=lambda d: sorted(d)))
t(lambda: json.loads('[1.5, 2, 3e2]', parse_float=str, parse_int=lambda s: int(s)*10))
t(lambda: json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
t(lambda: json.dumps("h\u00e9llo\U0001F600\x7f\x1f\"\\\n\r\t\b\f/"))
t(lambda: json.dumps("h\u00e9llo\U0001F600\x7f\x1f\"\\\n\r\t\b\f/", ensure_ascii=False))
t(lambda: json.dumps([1, 2.5, 1e100, 1e-7, -0.0, True, None, "x", {"a": [1, {}]}, [], (1,2)]))
t(lambda: json.dumps({"b": [1, {"c": []}], "a": {}}, indent=2, sort_keys=True))
t(lambda: json.dumps({"b": [1, 2]}, indent="\t"))
t(lambda: json.dumps({"b": [1, 2]}, indent=0))
t(lambda: json.dumps({"b": [1, 2]}, separators=(',', ':')))
t(lambda: json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 2: 5}))
t(lambda: json.dumps({"a": 1}, indent=2.5))
t(lambda: json.dumps(10**30))
t(lambda: json.dumps(set(), default=list))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
t(lambda: json.dumps({"s": {3, 1, 2}}, cls=E))
t(lambda: json.dumps({"s": object()}, cls=E))
t(lambda: json.JSONEncoder().encode("x"))
t(lambda: "".join(json.JSONEncoder().iterencode([1, {"a": None}])))
t(lambda: json.JSONDecoder().raw_decode('[1] x'))
t(lambda: json.JSONDecoder().raw_decode(' [1] x'))
t(lambda: json.JSONDecoder().decode('[1]'))
class OD(dict):
    def items(self): return list(reversed(list(dict.items(self))))
t(lambda: json.dumps(OD([("a",2),("b",1)])))
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
t(lambda: json.dumps([I(5), F(2.5), True]))
t(lambda: json.dumps({I(5): 1, F(2.5): 2}))
t(lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True))
t(lambda: json.dumps([1, [2, [3]]], indent=-1))
t(lambda: json.dumps(1.0))
t(lambda: json.dumps(123456789012345678.0))
t(lambda: json.JSONDecodeError('m', 'ab\ncd', 4).colno)
t(lambda: issubclass(json.JSONDecodeError, ValueError))
t(lambda: json.decoder.JSONDecodeError is json.JSONDecodeError)
