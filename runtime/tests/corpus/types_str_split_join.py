# str.split / rsplit / splitlines / join / partition / rpartition.
samples = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", ",", "x\ty\nz\r\nw", "a\u3000b\x0bc\x1cd"]
for s in samples:
    print(repr(s), s.split(), s.split(" "), s.split(","), s.split(None, 1), s.rsplit(None, 1))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c,d".split(",", 0), "a,b,c,d".split(",", -1))
print("aXbXXc".split("X"), "aXbXXc".split("XX"), "aaa".split("a"), "abcabc".split("bc"))
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1), "no sep here".split("|"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError", e)
lines = "first\nsecond\r\nthird\rfourth\n\nsixth\x0cseventh\x1ceighth\u2028ninth"
print(lines.splitlines())
print(lines.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(5)))
print("".join(("a", "b")), "/".join({"k": 1, "j": 2}))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "-".join(["a", None])
except TypeError as e:
    print("TypeError", e)
for s in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
csv = "name,age,city\nalice,30,paris\nbob,25,rome\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, *data = rows
for r in data:
    print(dict(zip(header, r)))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.split("/")[1:3], path.rpartition(".")[2])
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(words), " ".join(reversed(words)))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a  b".split(sep=" "))
