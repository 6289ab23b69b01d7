# Reporting with string.Formatter subclasses and unicode format specs.
import string
import unicodedata

class SafeFormatter(string.Formatter):
    """Leaves unknown fields in place and supports !u (upper) / !t (title)."""
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else "{%d}" % key
        return kwargs.get(key, "{" + key + "}")

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "t":
            return str(value).title()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec.endswith("%"):
            return format(value * 100, spec[:-1] + "f") + "%"
        return super().format_field(value, spec)

f = SafeFormatter()
print(f.format("Hello {name!u}, you owe {amount:.2f} ({rate:.1%}) {missing} {0}", name="jürgen", amount=12.5, rate=0.175))
print(f.format("{city!t:*^20}|{city!r}|{city!a}", city="são paulo"))
print(list(string.Formatter().parse("a{0}b{x!r:>5}c{{d}}{}")))
print(list(string.Formatter().parse("plain")))
print(string.Formatter().format("{0[0]}-{0[1]}-{p.real}", ["α", "β"], p=3+4j))
print(string.Formatter().vformat("{a}/{b}", (), {"a": 1, "b": "ü"}))

class Nested(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        obj, used = super().get_field(field_name, args, kwargs)
        return obj, used
print(Nested().format("{0:{1}{2}}", "x", ">", 6))
try:
    string.Formatter().format("{0:{1:{2:{3}}}}", 1, 2, 3, 4)
except ValueError as e:
    print("ValueError", e)
try:
    string.Formatter().format("{}{1}", 1, 2)
except ValueError as e:
    print("ValueError", e)

# format specs with unicode fill characters
for spec in ["<10", ">10", "^10", "·^11", "★<8", "—>12", "=+10", "0=10", "_^9"]:
    for val in ["Zoë", "東京", 42, -3.5]:
        try:
            print(repr(spec), repr(val), repr(format(val, spec)))
        except ValueError as e:
            print(repr(spec), repr(val), "ValueError", e)

# number formatting
for n in [1234567.891, -0.000123, 1e21, float("inf"), float("nan"), 0.0, -0.0]:
    print(f"{n:,.2f}|{n:_.3e}|{n:>+12.4g}|{n:%}|{n:.0f}|{n!r}")
for i in [0, 255, -255, 10**12]:
    print(f"{i:#x}|{i:#o}|{i:#b}|{i:,}|{i:_x}|{i:08d}|{i:^+9}|{i:c}" if 0 <= i < 0x110000 else f"{i:#x}|{i:,}|{i:_b}")

# Display-width aware table for CJK text (user helper)
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)

def pad(s, w):
    return s + " " * (w - width(s))

rows = [("東京", "Tokyo", 13960000), ("Zürich", "チューリッヒ", 421878), ("Café\u0301", "x", 1), ("한국", "Seoul", 9776000)]
w0 = max(width(r[0]) for r in rows)
w1 = max(width(r[1]) for r in rows)
for a, b, n in rows:
    print(f"|{pad(a, w0)}|{pad(b, w1)}|{n:>12,}|", len(a), width(a), f"[{a:^8}]", f"[{a:>8}]")

# str.center/ljust/rjust with custom fill and wide chars
for s in ["ab", "日本", "é", ""]:
    print(repr(s.center(7, "·")), repr(s.ljust(5, "ー")), repr(s.rjust(4, "0")), repr(s.zfill(5)))
for s in ["-42", "+7", "3.14", "-", "", "ab", "−5"]:
    print(repr(s), repr(s.zfill(6)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)

# Template
t = string.Template("Dear $name, your balance is ${amount}€. $$5 fee. $unknown")
print(t.safe_substitute(name="Ångström", amount="1.000,00"))
try:
    t.substitute(name="x", amount=1)
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError", e)
print(t.get_identifiers(), t.is_valid())
class Pct(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(Pct("%greet %who! 100%% sure").substitute(greet="Hola", who="Müller"))
print(string.capwords("hello   wörld\tfoo-bar ǆ"), string.capwords("a-b-c", "-"))
