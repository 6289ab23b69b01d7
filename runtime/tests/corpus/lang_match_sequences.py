# match: sequence patterns, star patterns, nested patterns.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a},{b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} mid={middle}"
        case [first, *rest]:
            return f"first={first} rest={rest}"
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), "abc", b"ab", {"a": 1}, 5, range(3), bytearray(b"xy")]:
    print(repr(v), "->", seq(v))

def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"y-axis {y}"
        case (x, 0):
            return f"x-axis {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y):
            return f"point {x},{y}"
        case (x, y, z):
            return f"3d {x},{y},{z}"
    return "??"
for p in [(0, 0), (0, 5), (3, 0), (4, 4), (1, 2), [7, 8, 9], (1,)]:
    print(p, point(p))

def nested(x):
    match x:
        case [("add" | "sub") as op, [int(a), int(b)]]:
            return op, a, b
        case ["neg", [*vals]]:
            return "neg", [-v for v in vals]
        case [[*_], [*_], *_]:
            return "list of lists"
        case [*_, [*inner]]:
            return "ends with list", inner
    return None

for x in [["add", [1, 2]], ["sub", (5, 3)], ["neg", [1, 2, 3]], [[1], [2], [3]], [1, 2, [9]], ["add", [1, "x"]]]:
    print(x, nested(x))

# star capture with wildcard star
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts 1 ends 5")
match (1, 2, 3):
    case [*all_items]:
        print("star captures list:", all_items, type(all_items).__name__)

# iterator is not a sequence
match iter([1, 2]):
    case [a, b]:
        print("iterator matched?!")
    case _:
        print("iterator is not a sequence")

# sequence pattern with literals and captures
def cmd(words):
    match words.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item]:
            return "picking " + item
        case ["drop", *items]:
            return "dropping " + ", ".join(items)
        case ["look"]:
            return "looking"
        case []:
            return "nothing"
        case _:
            return "unknown: " + words
for w in ["go north", "pick up lamp", "drop a b c", "drop", "look", "", "dance wildly"]:
    print(repr(w), cmd(w))
