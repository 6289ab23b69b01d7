# Formatting a help screen / newsletter with textwrap.
import textwrap

para = ("Ember's über-fast interpreter handles naïve café-style prose, hyphenated-words, "
        "long URLs like https://example.com/a/very/long/path/that/never/ends/index.html and "
        "sentences. Two spaces after period?  Yes. Tabs\there\tand  there.")

for width in (10, 25, 40, 72):
    print(f"--- width {width}")
    for line in textwrap.wrap(para, width=width):
        print(f"|{line:<{width}}|")

opts = [
    dict(break_long_words=False),
    dict(break_on_hyphens=False),
    dict(fix_sentence_endings=True),
    dict(expand_tabs=False, replace_whitespace=False),
    dict(tabsize=4),
    dict(drop_whitespace=False),
    dict(initial_indent="* ", subsequent_indent="  "),
    dict(max_lines=3, placeholder=" [...]"),
    dict(max_lines=2),
]
for o in opts:
    print("---", sorted(o.items()))
    try:
        print(repr(textwrap.fill(para, width=30, **o)))
    except ValueError as e:
        print("ValueError", e)

try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def ghi", width=5, max_lines=1, placeholder=" [long placeholder]")
except ValueError as e:
    print("ValueError", e)

# shorten
for w in (5, 12, 20, 40, 200):
    print(w, repr(textwrap.shorten(para, width=w)), repr(textwrap.shorten("  lots   of    space  ", width=w, placeholder="…")))

# dedent / indent
code = """
    def f(x):
        if x:
\t        return 1
        return 2

      # comment
    """
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n    b\n  \n  c")))
print(repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.indent("one\n\ntwo\n   \nthree", "> ")))
print(repr(textwrap.indent("one\n\ntwo\n", "+ ", predicate=lambda l: True)))
print(repr(textwrap.indent("a\r\nb\r\n", "  ")))

# TextWrapper reuse and subclass
class Bullet(textwrap.TextWrapper):
    def wrap(self, text):
        lines = super().wrap(text)
        return [("• " if i == 0 else "  ") + l for i, l in enumerate(lines)]

bw = Bullet(width=24)
items = ["Install the package with pip and verify the résumé parser works",
         "Ünïcödé handling is consistent", "x"]
for it in items:
    print("\n".join(bw.wrap(it)))
tw = textwrap.TextWrapper(width=16, subsequent_indent="    ")
print(tw.wrap("Supercalifragilisticexpialidocious is a word; pneumonoultramicroscopic too."))
print(tw.fill("short"))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("a\n\nb"))
print(textwrap.wrap("well-known self-evident e-mail", width=6))
print(textwrap.wrap("a--b--c---d", width=3))
print(textwrap.wrap("日本語のテキストはスペースがない長い文です", width=8))
