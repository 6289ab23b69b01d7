import string
import textwrap
from string import Template, Formatter

t = Template("Dear $name, your balance is $$${amount}. ${missing}")
print(t.safe_substitute(name="Ann", amount="12.50"))
try:
    t.substitute(name="Ann", amount=3)
except KeyError as e:
    print("KeyError:", e)
print(Template("$a and $b").substitute({"a": 1}, b=2))
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$x").template, Template("${who}_suffix").substitute(who="me"))
print(Template("$a $b $$").get_identifiers(), Template("$a").is_valid(), Template("$").is_valid())

class PctTemplate(Template):
    delimiter = "%"
print(PctTemplate("100%% of %who").substitute(who="us"))

f = Formatter()
print(list(f.parse("Hello {name!r:>10} and {0} {{literal}} {x.y[0]}")))
print(f.format("{0}-{1}-{0}", "a", "b"), f.vformat("{k}", (), {"k": 5}))

class Upper(Formatter):
    def format_field(self, value, spec):
        if spec == "u":
            return str(value).upper()
        return super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)
print(Upper().format("{a:u} {b} {0:>4}", 7, a="shout"))
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))

para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, 25)[:3])
print(textwrap.fill(para, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(para, width=50))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 5, placeholder=".."))
code = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "+", lambda line: True))
w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3, placeholder=" [...]")
print(w.wrap("Supercalifragilisticexpialidocious is a very long word indeed, isn't it?"))
print(textwrap.wrap("a-very-long-hyphenated-word-here and more", 10))
print(textwrap.wrap("tabs\there\tand there", 12, expand_tabs=True))
print(textwrap.wrap("  leading spaces   kept?  ", 10, drop_whitespace=False))
print(textwrap.fill("Sentence one.  Sentence two. Three", 15, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("x" * 25, 10), textwrap.wrap("x" * 25, 10, break_long_words=False))

# simple report with alignment
rows = [("Widget", 3, 4.5), ("Gadget with long name", 10, 12.25), ("Nut", 1000, 0.05)]
w1 = max(len(r[0]) for r in rows)
print(f"{'Item':<{w1}} | {'Qty':>5} | {'Price':>8}")
print("-" * (w1 + 20))
for name, q, p in rows:
    print(f"{name:<{w1}} | {q:>5,} | {p:>8.2f}")
print("{:^20}".format("centered"), "{:*^20}".format("stars"), "{:=+8d}".format(42), "{:#x} {:#o} {:#b}".format(255, 8, 5))
print("{0[a]} {1.real}".format({"a": "dict"}, 3j), "{!s:>6}|{!a}".format("é", "é"))
print(textwrap.TextWrapper(width=15, tabsize=4).fill("col1\tcol2\tcol3"))
