# SyntaxError messages: a starred expression as an operand is the parser's "invalid syntax";
# an unclosed bracket reported where CPython's parser reads on to the end of the file.
cases = [
    "1 +* 2", "-*a", "not *a", "a and *b", "a or *b", "a == *b", "a != *b", "a < *b", "a >= *b",
    "a ** *b", "a | *b", "a % *b", "a @ *b", "a // *b", "~*a", "if *a: pass", "while *a: pass",
    "x = a if b else *c", "await *x", "assert *a", "a.b(*c) + *d", "a is *b", "a in *b",
    "[x for x in *a]", "x = *a", "x += *a", "x >>= *a", "*a", "for x in *a: pass",
    "x = y = *z", "a, b = *c", "print(*a)", "f(a, *b)", "(*a)", "x = (*a, *b)",
    "x = [1, 2\ny = 3\n", "x = [1, 2\ny\n", "x = [1, 2 y]\n", "x = [1, 2\n\ny = 3\nz = 4\n",
    "foo(a, b\nc = 1\n", "x = (1 +\n", "d = {'a': 1\n'b': 2}\n", "x = [1, 2\n    y, 3]\n",
    "f(a\nb)\n", "print(a b)\n", "x = (1\n2\n", "x = [1, 2 y = 3\n", "x = [1, 2\ny = 3]\n",
    "x = [1, 2 y\n", "x = [1, 2 y\nz = 1\n", "x = [1,\n 2 y\n", "x = [1,\n 2 y]\nz = (1\n",
    "f(a b\n", "f(a\n  b\n", "x = (a\n", "x = (a b\n\n", "x = (1, 2\n3 + 4\n",
    "foo(\n  a,\n  b\nbar()\n", "d = {\n 'a': 1\n 'b': 2\n", "f(a b  # comment\n", "x = [a b] + (\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, "|", e.lineno, e.offset)
