# json.scanner.make_scanner (scan_once's interface) and functools.recursive_repr.
import json, json.scanner, functools
dec = json.JSONDecoder(parse_float=lambda s: "F" + s, object_hook=lambda d: sorted(d.items()))
scan = json.scanner.make_scanner(dec)
for s, i in [('{"b": 1.5, "a": [true]} tail', 0), ('xx[1, 2]', 2), ('  1', 0), ('"str"', 0), ('', 0), ('abc', 0), ('[1, ', 0), ('nul', 0), ('12.5e1', 0), ('1', 5)]:
    try:
        print(repr(s), i, scan(s, i))
    except StopIteration as e:
        print(repr(s), i, "StopIteration", e.value)
    except json.JSONDecodeError as e:
        print(repr(s), i, "JSONDecodeError:", e)
print(json.scanner.NUMBER_RE.match("-12.5e3x").groups(), json.scanner.make_scanner is not None)
class Box(list):
    @functools.recursive_repr()
    def __repr__(self):
        return "Box(" + ", ".join(map(repr, self)) + ")"
b = Box([1]); b.append(b)
print(repr(b), functools.recursive_repr is __import__("reprlib").recursive_repr)
for s in ['[1, x]', '{"a": }', '{"a" 1}', '[1 2]', '{"a": [1, {"b": }]}']:
    try:
        print(repr(s), scan(s, 0))
    except StopIteration as e:
        print(repr(s), "StopIteration", e.value)
    except json.JSONDecodeError as e:
        print(repr(s), "JSONDecodeError:", e)
