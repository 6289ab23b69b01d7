# textwrap after the rewrite: TextWrapper attributes, wrap/fill/shorten options, dedent/indent
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known fact! "
        "Really?  Yes--indeed; a super-long-hyphenated-compound-word appears here. "
        "\tTabs\tand\nnewlines too.")

w = textwrap.TextWrapper()
for name in ('width', 'initial_indent', 'subsequent_indent', 'expand_tabs', 'replace_whitespace',
             'fix_sentence_endings', 'break_long_words', 'drop_whitespace', 'break_on_hyphens',
             'tabsize', 'max_lines', 'placeholder'):
    print(name, repr(getattr(w, name)))

for width in (1, 3, 5, 8, 12, 20, 33, 50, 79):
    print(width, textwrap.wrap(text, width))
    print(width, textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))
    print(width, textwrap.wrap(text, width, drop_whitespace=False, replace_whitespace=False,
                               expand_tabs=False))

print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  | '))
print(textwrap.fill(text, 40, fix_sentence_endings=True))
print(textwrap.fill(text, 25, tabsize=3))

for ml in (1, 2, 3, 10):
    for ph in (' [...]', '...', ' ~~'):
        try:
            print(ml, repr(ph), textwrap.wrap(text, 22, max_lines=ml, placeholder=ph))
        except ValueError as e:
            print(type(e).__name__, e)

for bad in (0, -3):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap("hello world", 4, max_lines=1, placeholder=' [....]')
except ValueError as e:
    print(type(e).__name__, e)

for width in (5, 10, 15, 30, 200):
    print(repr(textwrap.shorten("  Hello   there,  world of   wrapping text!  ", width)))
print(repr(textwrap.shorten("Hello world", 11, placeholder='')))
print(repr(textwrap.shorten("", 5)))

print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
print(repr(textwrap.dedent("  \tx\n  \ty\n")))
print(repr(textwrap.dedent("  x\n \ty\n")))
print(repr(textwrap.dedent("   \n  x\n    \n  y")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.indent("a\n\n  b\nc", "+ ")))
print(repr(textwrap.indent("a\r\nb\r\n", "> ", lambda s: s.startswith('b'))))

tw = textwrap.TextWrapper(width=15, max_lines=2)
print(tw.wrap("one two three four five six seven"))
tw.width = 9
print(tw.fill("one two three four five six seven"))
print(textwrap.wrap("A line.  Another one.", 12, fix_sentence_endings=True))
print(textwrap.wrap('He said "stop." Then left.', 80, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
print(sorted(textwrap.__all__))
