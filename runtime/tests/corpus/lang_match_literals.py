# match statement: literal, capture, wildcard, value patterns, or-patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "true"
        case None:
            return "none"
        case 2j:
            return "imaginary"
        case -3 + 4j:
            return "complex"
        case _:
            return "other " + repr(x)

for v in [0, 1, 3, -1, 1.5, "hello", b"bytes", True, False, None, 2j, -3 + 4j, 0.0, 1.0, "bye", [], 4]:
    print(repr(v), "->", describe(v))

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

def color_name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN | Color.BLUE:
            return "G or B"
        case other:
            return "unknown:" + str(other)

for c in ["red", "green", "blue", "pink"]:
    print(c, color_name(c))

# True matches by identity, 1 does not match True
def tf(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case False:
            return "is False"
        case 0:
            return "equals 0"
    return "no match"
for v in [True, 1, 1.0, False, 0, 0.0, 2]:
    print(repr(v), tf(v))

# capture binds, wildcard does not
match 42:
    case n:
        print("captured", n)

match "s":
    case _:
        print("wildcard")

# as pattern with or
def classify(cmd):
    match cmd:
        case ("go" | "move") as verb:
            return f"movement via {verb}"
        case "quit" | "exit":
            return "bye"
        case str() as s if len(s) > 5:
            return f"long command {s}"
        case _:
            return "?"
for c in ["go", "move", "quit", "exit", "dance around", "x"]:
    print(c, "=>", classify(c))

# negative numbers and strings concatenated
match -7:
    case -7:
        print("neg seven")
match "ab":
    case "a" "b":
        print("implicit concat")
