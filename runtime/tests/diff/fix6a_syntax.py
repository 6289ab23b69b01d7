# SyntaxError messages: no "Maybe you meant '=='" hint for a later target of a chained
# assignment, f-string fields with a missing expression, complex literals in patterns.
sources = [
    "a = 1 = 2",
    "x = y = 1 = 2",
    "x = (1) = 2",
    "1 = x",
    "f() = 1",
    "x = f() = 1",
    "a = b + 1 = c",
    "if x:\n    y = 2 = z",
    "x == 1 = 2",
    'f"{:x}"',
    'f"{!r}"',
    'f"{=}"',
    'f"{ :>5}"',
    'f"{}"',
    'f"a{x:{}}b"',
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case -1 - 2:\n        pass",
    "match x:\n    case 1j + 1j:\n        pass",
    "match x:\n    case a + 1j:\n        pass",
    "match x:\n    case 1.5 + 2j:\n        pass",
]
for src in sources:
    try:
        compile(src, "<fix6a>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} <- {src!r}")
