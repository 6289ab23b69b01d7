# A \uXXXX escape that ends the document is "Invalid \uXXXX escape" (CPython's scanner
# needs a character after the four digits), not an unterminated string.
import json

docs = ['"\\u20ac', '"\\u20ac"', '"ab\\u00e9', '{"k": "\\u0041', '["\\u004', '"\\u12', '"\\u',
        '"\\', '"abc', '"\\uZZZZ"', '"\\uZZZZ', '"\\ud83d\\ude00"', '"\\ud83d\\ude00', '"é\\u0041',
        '"\\u00411"', '["x", "\\n\\u20ac\\\\\\t\\u0001']
for d in docs:
    try:
        print(repr(d), "->", repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), "!", e.msg, e.pos, e.lineno, e.colno)
