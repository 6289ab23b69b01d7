import textwrap
from string import Template, capwords
import string

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")

for width in (20, 35, 60):
    print(f"--- width {width} ---")
    for line in textwrap.wrap(TEXT, width=width):
        print(f"|{line:<{width}}|")

print(textwrap.fill(TEXT, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, width=50))
print(textwrap.shorten(TEXT, width=50, placeholder=" [more]"))
print(textwrap.shorten("Hello   world  !", width=12))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10, break_long_words=False))
print(textwrap.wrap("well-known hyphen-ated words-here", width=12))
print(textwrap.wrap("well-known hyphen-ated words-here", width=12, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc", width=20, tabsize=4))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10))
print(textwrap.wrap("one two three four five six", width=10, max_lines=2))

code = """
    def f(x):
        return x * 2

    print(f(3))
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent(textwrap.dedent(code).strip(), ">> "))
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda l: True))
w = textwrap.TextWrapper(width=30, fix_sentence_endings=True, drop_whitespace=True)
print(w.wrap("This is it. And that. Mr. Smith went on."))

t = Template("Dear $name, your balance is $$${amount}. Ref: ${ref}_x")
print(t.substitute(name="Ann", amount="12.50", ref="A1"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Ann")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$a$b ${a}b").substitute({"a": 1}, b=2))
print(t.get_identifiers())
print(Template("$x $y").is_valid(), Template("$").is_valid())

class Pct(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(Pct("%who likes %what, 100%% sure").substitute(who="kim", what="tea"))

print(capwords("hello   wide  world"), capwords("a-b c-d", "-"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
f = string.Formatter()
print(f.format("{0:>5}-{x}", 7, x="y"))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))
