# str / bytes / bytearray methods in realistic text handling.
text = "  The Quick brown fox, jumps over the lazy dog.  "
s = text.strip()
print(repr(s.lower()), repr(s.upper()), repr(s.title()), repr(s.swapcase()), repr(s.capitalize()), repr(s.casefold()))
print(s.split(), s.split(",", 1), s.rsplit(" ", 2), s.split("o"), "a,,b,".split(","), "".split(), "".split(","))
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"), s.rpartition("zzz"))
print(s.find("o"), s.rfind("o"), s.index("fox"), s.count("o"), s.count(""), s.find("o", 20, 30), s.startswith(("A", "The")), s.endswith("dog.", 0, -1))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError", e)
print(repr(text.lstrip()), repr(text.rstrip(" .g")), repr("xxhixx".strip("x")), repr("www.example.com".lstrip("cmowz.")))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(map(str, range(5))))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError", e)
print(repr("ab".center(7, "*")), repr("ab".ljust(5, "-")), repr("ab".rjust(5)), repr("42".zfill(6)), repr("-42".zfill(6)), repr("+x".zfill(4)))
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "x".replace("x", ""))
print("line1\nline2\r\nline3\r".splitlines(), "a\nb\n".splitlines(True), "tab\tsep\tend".expandtabs(4), repr("\t".expandtabs()))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "١٢٣".isdecimal(), "  ".isspace(), "Title Case".istitle(), "lower".islower(), "UP".isupper(), "_id1".isidentifier(), "½".isnumeric(), "".isalpha(), "abc\x01".isprintable())
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("{} {}".format("a", "b"), "%s-%s" % ("x", "y"), "abc"[::-1], "abcdef"[1:5:2], "abc" * 3, "b" in "abc", "abc" < "abd", "Z" < "a")
print(ord("€"), chr(8364), "ß".upper(), "ǅ".lower(), "İ".lower().encode(), len("İ".lower()), "ﬁ".upper())
print("straße".encode("utf-8"), "straße".encode("latin-1"), "straße".encode("ascii", "replace"), "straße".encode("ascii", "ignore"), "日本".encode("utf-16-le"))
try:
    "straße".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\xff\xfeA".decode("utf-8", "replace"), b"\xffA".decode("utf-8", "ignore"), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "backslashreplace"))

b = b"Hello, World"
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b[0], b[-1:], b[::2], list(b[:3]))
print(b.hex(), b.hex(":"), bytes.fromhex("48 65 6c"), b.startswith(b"He"), b.strip(b"Hd"), b.count(b"l"), b"%d-%s" % (5, b"x"))
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(range(5)), b"a" * 3, b"ab" + b"cd", b"x" in b"xyz", 120 in b"xyz")
print(repr(b"\x00\n\t\\'\"\x7f\x80"), repr(b"'"), repr(b'"\''), str(b"abc"), b"abc".decode(), b"  x ".strip(), b"a b".title())
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError", e)
try:
    "abc" + b"def"
except TypeError as e:
    print("TypeError", e)
ba = bytearray(b"hello")
ba[0] = ord("J")
ba += b" there"
ba.extend([33, 33])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), len(ba), ba.decode(), ba.upper(), bytes(ba[1:4]), ba.find(b"the"))
ba[1:3] = b"EE"
del ba[-3:]
ba.reverse()
print(ba, ba.count(b"e"), ba.isalpha(), ba.replace(b"e", b"3"), bytearray(3), bytearray("ab", "ascii"), ba == bytes(ba))
ba.remove(ord("J"))
print(ba, ba * 2, ba.split(), ba.join([b"1", b"2"]), bytearray.fromhex("ff00").hex())
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    ba.remove(0)
except ValueError as e:
    print("ValueError", e)
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:4]), mv.tobytes(), len(mv), mv.nbytes, mv.readonly, list(mv[:2]))
print(sorted("banana"), sorted(set("mississippi")), "-".join(sorted("cba")), max("hello"), "a".join("xyz"))
words = "the cat sat on the mat the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print("%-10s|%10s|" % ("left", "right"), "%03d|%.2e|%g" % (7, 12345.678, 0.00001), "%x %X %#o" % (255, 255, 8))
print("a\tb".split("\t"), "CSV,line,,end".split(","), " multiple   spaces ".split(" "), "k=v=w".split("=", maxsplit=1))
print("abc".encode().decode("ascii"), "x".join(["1"]), str(123).rjust(5, "0"), "%r" % "q", ascii("é"), repr("\x00\u200b"))
print("ABC".removeprefix("A"), "ABC".removesuffix("C"), "ABC".removeprefix("Z"), "aBc".isascii(), "ü".isascii())
