# Argument-count and keyword errors of every str method, with CPython's exact messages.
names = ["startswith", "endswith", "split", "rsplit", "join", "replace", "partition", "rpartition",
         "encode", "expandtabs", "splitlines", "zfill", "center", "ljust", "rjust", "strip", "lstrip",
         "rstrip", "format_map", "removeprefix", "removesuffix", "translate", "index", "rindex", "rfind",
         "count", "find", "upper", "lower", "casefold", "swapcase", "title", "capitalize", "isidentifier",
         "isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isascii",
         "islower", "isupper", "istitle", "__getitem__", "__contains__", "__add__", "__mod__", "__eq__",
         "__len__", "__iter__", "__hash__", "__repr__", "__format__"]
for n in names:
    m = getattr("abc", n)
    for args in [(), ("a",) * 5]:
        try:
            r = m(*args)
            print(n, len(args), "ok", type(r).__name__ if n != "__iter__" else "")
        except Exception as e:
            print(n, len(args), type(e).__name__, e)
kwcalls = [lambda: "abc".split(bogus=1), lambda: "abc".rsplit(bogus=1), lambda: "abc".splitlines(bogus=1),
           lambda: "abc".expandtabs(bogus=1), lambda: "abc".encode(bogus=1), lambda: "abc".strip(bogus=1),
           lambda: "abc".startswith("a", bogus=1), lambda: "abc".join([], bogus=1), lambda: "abc".find("a", bogus=1),
           lambda: "abc".count("a", bogus=1), lambda: "abc".center(5, bogus=1), lambda: "abc".replace("a", "b", bogus=1),
           lambda: "abc".upper(bogus=1), lambda: "abc".translate({}, bogus=1), lambda: "abc".partition("b", bogus=1),
           lambda: "abc".split(",", sep=","), lambda: "abc".encode("utf-8", encoding="utf-8")]
for f in kwcalls:
    try:
        f()
    except Exception as e:
        print("kw", type(e).__name__, e)
for args in [(), ("a",) * 4]:
    try:
        str.maketrans(*args)
    except Exception as e:
        print("maketrans", len(args), type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
try:
    str.join(b"x", ["a"])
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return 2
print("abcdef"[Idx()], "abcdef".find("c", Idx()), "ab".center(Idx(), "."), "ab".center(6, "."), "ab" * Idx(), "abc".split("b", Idx()))
class Bad:
    def __index__(self):
        return "x"
for f in [lambda: "abc"[Bad()], lambda: "abc" * Bad(), lambda: "abc".zfill(Bad())]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class R:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul:" + other
print("x" + R(), "x" * R())
