import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known long-term plan--with em-dashes--"
        "is here! Some\ttabs\tand\nnewlines. Supercalifragilisticexpialidocious-and-more words "
        "x-ray e-mail re-entry 123-456 abc--def -- standalone --flag -x a- -b")
for w in [1, 3, 5, 8, 10, 15, 20, 30, 45, 70]:
    print(w, textwrap.wrap(text, w))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, initial_indent='* ', subsequent_indent='   '))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.wrap("Hello there.  This is it.  Done! ok? yes.", 15, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
print(textwrap.fill(text, 40))
print(textwrap.fill("", 10), textwrap.wrap("   ", 10), textwrap.wrap("  lead space", 8))
for w in [5, 10, 12, 20, 40, 100]:
    print(repr(textwrap.shorten(text, w)))
print(repr(textwrap.shorten("Hello  world!", width=12)), repr(textwrap.shorten("Hello world!", width=11)))
print(repr(textwrap.shorten("Hello world", width=10, placeholder="...")))
for bad in [lambda: textwrap.wrap("abc", 0), lambda: textwrap.shorten("abc def", 3),
            lambda: textwrap.wrap("abc", -1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

samples = ["    hello\n      world\n    end\n", "\thello\n\t  world\n", "  a\n\tb\n", "  x\n   \n  y",
           "no indent\n  some", "   \n  a\n    b\n", "", "  only\n", "  a\n  \t\n  b\n"]
for s in samples:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent("a\nb\n\nc\n  \n", "> ")))
print(repr(textwrap.indent("a\r\nb\n", "+ ", lambda l: True)))
print(repr(textwrap.indent("one\ntwo", "  ", lambda l: 'o' in l[:1] or l.startswith('t'))))
w = textwrap.TextWrapper(width=12, initial_indent='>')
print(w.wrap("lots of words to wrap around here"), w.width, w.placeholder)
w.width = 20
print(w.fill("lots of words to wrap around here"))
