"""Page rendering with string.Template and str.format, plus HTML-safe helpers."""
import html
import string
from string import Template


class HtmlTemplate(Template):
    delimiter = "%%"
    idpattern = r"[a-z][a-z0-9_.]*"


class BraceTemplate(Template):
    delimiter = "@"
    braceidpattern = r"[A-Z]+"


class SafeFormatter(string.Formatter):
    """str.format that HTML-escapes values unless marked with !r-like conversion 's'."""

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "h":
            return html.escape(str(value))
        return super().convert_field(value, conversion)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<missing {key}>"
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)


class DotDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


page = Template("""<title>$title</title>
<p>Hello, ${user}! You have $count new $$messages.</p>""")
ctx = {"title": "Inbox", "user": "Zoë", "count": 3}
print(page.substitute(ctx))
print(page.substitute(ctx, user="admin"))
print(page.safe_substitute(title="Partial"))
for bad in [{"title": "x"}, {}]:
    try:
        page.substitute(bad)
    except KeyError as exc:
        print("KeyError:", exc)
try:
    Template("cost: $5").substitute()
except ValueError as exc:
    print("ValueError:", exc)
try:
    Template("line1\nline2 $").substitute()
except ValueError as exc:
    print("ValueError:", exc)
print(Template("$a$b ${a}x $").safe_substitute(a=1))
print(page.get_identifiers(), page.is_valid(), Template("$1").is_valid())

h = HtmlTemplate("<a href='%%user.url'>%%user.name</a> 100%%%% %%Upper")
print(h.safe_substitute({"user.url": "/u/1", "user.name": "ada"}), h.get_identifiers())
b = BraceTemplate("@{NAME} costs @price and @{X}@{lower}")
print(b.safe_substitute(NAME="tea", price=3, X="!"))
print(HtmlTemplate.pattern.pattern.count("%"), BraceTemplate.delimiter)

print("--- str.format")
row = "{name:<10}|{qty:>5d}|{price:>9.2f}|{total:>10,.2f}|{pct:6.1%}"
items = [("apple", 3, 0.5), ("melon", 12, 2.25), ("truffle", 1, 1234.5)]
grand = sum(q * p for _, q, p in items)
for name, qty, price in items:
    print(row.format(name=name, qty=qty, price=price, total=qty * price, pct=qty * price / grand))
print("{0}{1}{0}".format("ab", "-"), "{:*^20}".format(" menu "), "{!r:>12}".format("x"), "{:+08.3f}".format(-3.14159))
print("{0[0]} {0[1][k]} {1.real} {2:{3}}".format(["L", {"k": "v"}], 2 + 3j, 42, ">6"))
print("{:#x} {:#o} {:#b} {:_d} {:e} {:g} {:g}".format(255, 8, 5, 10 ** 7, 12345.678, 0.00001234, 1e20))
print("{:%Y-%m-%d}".format(__import__("datetime").date(2024, 2, 29)), "{:>{w}.{p}}".format("truncate", w=8, p=3))
print("Hi {user}, {missing}".format_map(DotDict(user="ada")))
fmt = SafeFormatter()
print(fmt.format("<b>{name!h}</b> {name!u} {amount:money} {nope} {0}", "pos", name="<Tom & Jerry>", amount=1234567.891))
print(list(fmt.parse("a{b!r:>3}c{{d}}{}")))
for bad in ["{", "}", "{0", "{:d}", "{x.__class__.__name__}"]:
    try:
        print(repr(bad.format("s", x=1)))
    except (ValueError, IndexError, KeyError) as exc:
        print(repr(bad), type(exc).__name__, exc)
print(string.capwords("hello   wORLD-wide  web"), string.ascii_letters[20:30], string.punctuation)
print(html.escape("<script>alert('x' & \"y\")</script>"))
