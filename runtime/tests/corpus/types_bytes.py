# bytes: construction, methods, indexing, repr, errors.
b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.split(), b"a  b".split(b" "), b.partition(b","), b.rpartition(b"o"))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(108))
print(b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b"  pad  ".strip(), b"xxdataxx".strip(b"x"), b"abc".center(9, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b"abc".hex(), b"\x00\xff".hex(), bytes.fromhex("de ad be ef"), b"abc".hex(":"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"" in b"x", b"abc" < b"abd", b"abc" == b"abc")
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"123".isdigit(), b"abc".isalpha(), b"  ".isspace(), b"Ab".isupper())
print(repr(b"\x00\x01\n\t\\'\"\x7f\x80\xff"), repr(b"it's"), repr(b'"quoted"'))
print(b"a\tb".expandtabs(4), b"line1\nline2\r\n".splitlines(), b"ab".translate(bytes.maketrans(b"a", b"z")))
print(b"hello".translate(None, b"l"), b"%s is %d" % (b"x", 5), b"%05.1f|%x|%c" % (3.14159, 255, 65))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
try:
    "x" in b"xyz"
except TypeError as e:
    print("TypeError", e)
print(type(b[0]).__name__, type(b[0:1]).__name__, b[0:1], bytes([b[0]]))
print(sorted(b"banana"), max(b"abc"), sum(b"\x01\x02"), list(reversed(b"ab")))
print(bytes(b"abc") == bytearray(b"abc"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"Hello".isascii(), b"\xff".isascii(), b"AbC".istitle(), b"x y".split(maxsplit=0))
print(b"a,b,c".rsplit(b",", 1), b"abc".rstrip(b"c"), b"abc".lstrip(b"a"), b"%b" % b"raw")
print(hash(b"abc") == hash(b"abc"), bytes.__name__, isinstance(b"", bytes))
