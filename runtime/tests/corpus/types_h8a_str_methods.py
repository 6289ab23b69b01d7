samples = ["  Hello, World!  ", "straße", "ǅungla", "İstanbul", "ΣΊΣΥΦΟΣ", "naïve café", "tab\there\tand\tthere", "MiXeD cAsE 123", "", "ﬁne ﬂow"]

for s in samples:
    print(repr(s))
    print("  upper/lower:", repr(s.upper()), repr(s.lower()))
    print("  casefold/swap:", repr(s.casefold()), repr(s.swapcase()))
    print("  title/cap:", repr(s.title()), repr(s.capitalize()))
    print("  strip:", repr(s.strip()), repr(s.lstrip(" H")), repr(s.rstrip("! ")))
    print("  len/isalpha/isupper/islower/istitle:", len(s), s.isalpha(), s.isupper(), s.islower(), s.istitle())

print("straße".casefold() == "STRASSE".casefold(), "straße".upper() == "STRASSE")
for s in ["a,b,,c", "key=value=more", "no-sep", "=lead", "trail="]:
    print(repr(s), s.partition("="), s.rpartition("="), s.split(","), s.split(",", 1), s.rsplit(",", 1))

text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\n\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.split("\n"))
print("  a  b   c ".split(), "  a  b   c ".split(" "), "a b c".split(None, 1))

for tab in (1, 2, 4, 8):
    print(repr("a\tbc\tdef\tg\n\tx".expandtabs(tab)))

tbl = str.maketrans("abc", "xyz", "!?")
print("a big cab!? yes?".translate(tbl))
tbl2 = str.maketrans({"é": "e", "ü": "ue", "ß": "ss", "x": None})
print("Müller straße éx".translate(tbl2))
print("rot13:", "Hello World".translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")))
print("hello".translate({104: "J", 111: [None][0]}))

for n in ["42", "-42", "+7", "", "abc", "-", "3.14"]:
    print(repr(n), repr(n.zfill(6)), repr(n.center(9, "*")), repr(n.ljust(5, ".")), repr(n.rjust(5, ".")))
print("abc".center(6), "|", "abc".center(7, "-"), "|", "ab".center(5, "-"))

for s in ["123", "١٢٣", "½", "²", "12.5", "ⅫⅢ", "abc123", "   ", "Ab Cd", "_x1", "1x", "class", "\t\n"]:
    print(f"{s!r:>9} dec={s.isdecimal()!s:5} dig={s.isdigit()!s:5} num={s.isnumeric()!s:5} alnum={s.isalnum()!s:5} space={s.isspace()!s:5} ident={s.isidentifier()!s:5} print={s.isprintable()}")

s = "the cat sat on the mat with the hat"
print(s.count("the"), s.count("at"), s.count("the", 5), s.count(""), s.find("at"), s.rfind("at"), s.index("on"), s.find("dog"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.replace("the", "THE"), s.replace("the", "a", 2), s.replace("", "-", 3))
print(s.startswith(("a", "th")), s.endswith("hat"), s.startswith("cat", 4), s.endswith("sat", 0, 11))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(map(str, range(5))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("%s" % "ﬃ".upper(), "ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ß".title(), "ŉ".upper())
print([c for c in "Ωmega" if c.isupper()], ord("Ω"), chr(0x1F600), hex(ord("€")))
print("AbC".encode(), "é".encode("utf-16-le"), "é".encode("latin-1"), "日本".encode("utf-8"))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.casefold))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(max(["x", "Y", "z"], key=str.lower), min("hello"), "b" > "B", "é" > "z")
