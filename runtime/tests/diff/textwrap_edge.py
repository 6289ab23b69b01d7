import textwrap

samples = ["héllo wörld ünïcode-wörds ärë fïne", "a-b-c-d-e-f-g", "--leading dashes", "trailing-", "well-known-x",
           "ab-cd ef--gh ij---kl", "1-2-3 a1-b2 x-1 1-x", "Mr.-Smith", "foo!--bar", "e.g.--like", "tab\there\tand\tthere",
           "averyveryverylongwordwithouthyphens", "a-very-very-long-hyphenated-word-here", "  spaced   out   text  ",
           "line1\nline2\r\nline3\x0bx\x0cy", "don't-stop believing", "-- -- --", "x" * 25 + "-" + "y" * 25]
for s in samples:
    for w in [4, 7, 11, 16]:
        print(w, textwrap.wrap(s, w), textwrap.wrap(s, w, break_on_hyphens=False, drop_whitespace=False))
    print(repr(textwrap.shorten(s, 12)), repr(textwrap.shorten(s, 20, placeholder='~')))
print(textwrap.wrap("one two three four five six", 10, max_lines=2, initial_indent="-> "))
print(textwrap.wrap("one two three four five six", 10, max_lines=1))
print(textwrap.wrap("one two", 10, max_lines=1, drop_whitespace=False))
print(textwrap.wrap("alpha beta gamma", 6, max_lines=2, placeholder=" .."))
print(textwrap.wrap("Sentence one. Sentence two! 'Quote.' Next", 60, fix_sentence_endings=True))
print(textwrap.fill("x y z", 1), textwrap.wrap("abc", 1, break_long_words=False))
try:
    textwrap.wrap("abc def", 5, max_lines=2, subsequent_indent="    ")
except ValueError as e:
    print("ValueError", e)
print(repr(textwrap.dedent("\t\tx\n\t  y\n")), repr(textwrap.dedent("  a\r\n  b\r\n")), repr(textwrap.dedent("\n\n  a\n")))
print(repr(textwrap.indent("", "> ")), repr(textwrap.indent("x", "")), repr(textwrap.indent("a\n\n", "# ", lambda l: True)))
