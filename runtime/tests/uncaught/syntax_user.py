# A SyntaxError made by user code prints its location block (File/text/^^^), a note, and
# the chain of the SyntaxErrors it replaced.
try:
    try:
        raise SyntaxError("first", (None, 7, 5, "ab\ncdef\n", 7, 7))
    except SyntaxError:
        raise IndentationError("second", ("g.py", 2, 1, "    abc", 3, 9))
except IndentationError:
    e = SyntaxError("custom", ("f.py", 2, 3, "abcdef\n", 2, 5))
    e.add_note("see the docs")
    raise e
