"""Template engines: string.Template variants, format_map with missing keys, a custom Formatter, and a tiny {% %} engine."""
import string
import re
from collections import defaultdict


class Missing(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class Tracking(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.misses = []
    def __missing__(self, key):
        self.misses.append(key)
        return f"<{key}?>"


class PercentTemplate(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9]*"


class BraceOnly(string.Template):
    braceidpattern = r"[A-Z_]+"


class DotTemplate(string.Template):
    idpattern = r"(?a:[_a-z][_a-z0-9]*(?:\.[_a-z][_a-z0-9]*)*)"


print("--- string.Template")
t = string.Template("Hello $name, you owe $$${amount} (${name}!)")
print(t.substitute(name="Ann", amount="3.50"))
print(t.substitute({"name": "Bob"}, amount=7))
print(t.safe_substitute(name="Cy"))
print(t.get_identifiers(), t.is_valid())
for bad in ["cost: $", "$ 5", "x ${y", "ok $a and $1"]:
    bt = string.Template(bad)
    print(repr(bad), "valid" if bt.is_valid() else "invalid", bt.safe_substitute(a=1, y=2))
    try:
        print("  ->", bt.substitute(a=1, y=2))
    except ValueError as e:
        print("  ValueError:", e)
    except KeyError as e:
        print("  KeyError:", e)
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e.args)
p = PercentTemplate("%who scored %pts pts (%%) %Upper %{who}")
print(p.safe_substitute(who="dee", pts=42, Upper="U"))
print(p.get_identifiers())
b = BraceOnly("$lower ${UPPER_CASE} ${lower}")
print(b.safe_substitute(lower="l", UPPER_CASE="UC"), b.get_identifiers())
flat = {"user.name": "eve", "user.id": 9}
print(DotTemplate("$user.name has id $user.id.").substitute(flat))
print(string.Template.delimiter, PercentTemplate.pattern.pattern.count("%") > 0)

print("--- format_map")
fmt = "{greeting}, {name}! You have {count:>4} new {kind}s."
print(fmt.format_map(Missing(greeting="Hi", count=3)))
tr = Tracking(name="Zed")
print("{name} {age} {city} {name}".format_map(tr), tr.misses)
print("{0[a]} {0[b]:.2f} {1.real}".format({"a": "A", "b": 2.345}, 3 + 4j))
dd = defaultdict(lambda: "??", x=1)
print("{x}-{y}-{z}".format_map(dd), sorted(dd))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{:{w}.{p}f}|{:^{w}}|{!r:>8}".format(3.14159, "mid", "q", w=9, p=3))

print("--- Formatter")


class UpperFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"${key}"
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)


f = UpperFormatter()
print(f.format("{0!u} {name!l} {amt:money} {unknown} {1:>5}", "abc", 42, name="MiXeD", amt=1234567.891))
print(list(string.Formatter().parse("a{b}c{d!r:>3}{{lit}}e{0[x].y}")))
print(f.vformat("{a}{b}", (), {"a": 1}))

print("--- mini engine")
TOKENS = re.compile(r"({%.*?%}|{{.*?}})", re.S)


class TemplateSyntaxError(Exception):
    pass


def render(src, ctx):
    out, stack = [], []
    parts = TOKENS.split(src)

    def resolve(expr, scope):
        expr, *filters = [p.strip() for p in expr.split("|")]
        val = scope
        for attr in expr.split("."):
            if isinstance(val, dict):
                val = val.get(attr, "")
            else:
                val = getattr(val, attr, "")
        for flt in filters:
            match flt:
                case "upper": val = str(val).upper()
                case "title": val = str(val).title()
                case "len": val = len(val)
                case _: raise TemplateSyntaxError(f"unknown filter {flt!r}")
        return val

    def block(i, scope, emit):
        while i < len(parts):
            part = parts[i]
            if part.startswith("{{"):
                if emit:
                    out.append(str(resolve(part[2:-2], scope)))
            elif part.startswith("{%"):
                words = part[2:-2].split()
                match words:
                    case ["for", var, "in", seq]:
                        items = resolve(seq, scope) if emit else []
                        end = None
                        for item in items:
                            end = block(i + 1, {**scope, var: item}, True)
                        if end is None:
                            end = block(i + 1, scope, False)
                        i = end
                    case ["if", cond]:
                        i = block(i + 1, scope, emit and bool(resolve(cond, scope)))
                    case ["endfor"] | ["endif"]:
                        return i
                    case _:
                        raise TemplateSyntaxError(f"bad tag: {part}")
            elif emit:
                out.append(part)
            i += 1
        return i

    block(0, ctx, True)
    return "".join(out)


page = """Dear {{ user.name | title }},
{% for item in items %}- {{ item.sku | upper }} x{{ item.qty }}{% if item.gift %} (gift){% endif %}
{% endfor %}Total items: {{ items | len }}{% if empty %} never{% endif %}."""
ctx = {"user": {"name": "ada lovelace"},
       "items": [{"sku": "ab1", "qty": 2, "gift": True}, {"sku": "zz9", "qty": 1, "gift": False}],
       "empty": []}
print(render(page, ctx))
for bad in ["{{ x | shout }}", "{% while x %}"]:
    try:
        render(bad, {"x": 1})
    except TemplateSyntaxError as e:
        print("TemplateSyntaxError:", e)
