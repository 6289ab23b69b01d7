# A compound statement's header ending the file, its body missing: CPython's tokenizer
# reaches the end of the file, so the IndentationError names that header and stands at
# the end of the file's last line.
cases = [
    "try:\n", "try:", "if x:\n", "if x:\n\n\n", "for i in y:\n# c\n", "def f():\n# c\n",
    "class A:\n    def g(self):\n", "x = 1\nwhile x:\n", "if a:\n    pass\nelse:\n",
    "with a:\n  # only comment\n", "if x:\npass\n", "try:\n    pass\nexcept E:\n",
    "if x:\nif y:\n", "if x:\n    if y:\n", "if x:\nif y:\n    pass\n",
    "def f():\n    if y:   # c\n\n", "if x:\n    pass\nelif y:\n", "async def f():\n",
    "try:\n    pass\nfinally:\n", "s = '#'\nif s == '#':  # note\n", "class B(A):\n\n\n\n",
    "match x:\n", "while True:\n    # c\n", "if x:\n  y = 1\nfor z in w:  \n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
