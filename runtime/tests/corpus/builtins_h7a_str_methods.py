s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" .")))
print(s.count("Hello"), s.find("Hello"), s.rfind("Hello"), s.find("zz"), s.index("World"))
print(s.split(), s.split(",", 1), s.rsplit(" ", 2), "a,,b".split(","))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("x".join(["1", "2", "3"]), "".join(reversed("abc")), "-".join("xyz"))
print("hello world".title(), "HeLLo".swapcase(), "hello".capitalize(), "ß".upper(), "İ".lower() == "i̇")
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "+4".zfill(4))
print("tab\there".expandtabs(), repr("a\tbc\td".expandtabs(4)))
print("prefix_name".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"), "x".removeprefix("y"))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "٣".isdecimal(), " \t".isspace())
print("Hello World".istitle(), "HELLO".isupper(), "hello".islower(), "_id1".isidentifier(), "1x".isidentifier())
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abcdef".startswith("cd", 2))
tbl = str.maketrans("abc", "xyz", "d")
print("abcdd-cab".translate(tbl), str.maketrans({"a": "1"}), "hello".translate({ord("l"): None}))
print("Straße".casefold(), "ﬁ".upper(), len("naïve"), "naïve".encode("utf-8"))
print("%s" % "x".encode(), b"abc".decode(), "é".encode("latin-1"), "€".encode("utf-8").hex())
print(ord("€"), chr(8364), ascii("é€x"), repr("é\x00\n'\""), repr('it\'s'))
print("a b c".split(" ", -1), "  a  b ".split(" "), "1,2;3".replace(";", ",").split(","))
words = "the cat sat on the mat with the hat".split()
print(sorted(set(words)), max(words, key=len), min(words), sorted(words, key=lambda w: (-len(w), w))[:3])
print("abc" * 3, "abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:], "hello"[-3:-1])
print("abc" < "abd", "Z" < "a", "abc" < "ab", "" < "a", "a" * 0 == "")
print(str(123), str(1.0), str(None), str([1, "a"]), str((1,)), str({"k": 'v'}))
for bad in ("abc".index, ):
    try:
        bad("z")
    except ValueError as e:
        print("ValueError:", e)
try:
    "abc"[10]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "x".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a,b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".encode("ascii", "strict"); "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(int("ff", 16), int("0b101", 0), int(" 42 "), int("1_000"), float(" 1.5e3 "), float("-inf"))
