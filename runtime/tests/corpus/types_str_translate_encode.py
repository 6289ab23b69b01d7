# translate/maketrans, encode/decode with errors, format_map.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("abc", "xyz", "d")
print("abcd dcba".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333"})
print(sorted(t3.items()), "abcabc".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print("caesar".translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError", e)
class Table:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        return chr(k).upper()
print("lazy z".translate(Table()))
for s in ["plain", "café", "€uro", "日本", "😀"]:
    print(repr(s), s.encode(), s.encode("utf-8"), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\xff\xfeA".decode("utf-8", "replace"), b"\xff\xfeA".decode("utf-8", "ignore"), b"\xe9t\xe9".decode("latin-1"))
print(b"caf\xc3\xa9".decode(), bytes("é", "utf-8"), str(b"abc", "ascii"), str(b"abc"))
print("abc".encode("utf-16-le"), b"a\x00b\x00".decode("utf-16-le"), "A".encode("utf-32-be"))
print("{name} is {age}".format_map({"name": "Ann", "age": 7}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} and {b}".format_map(Default(a="A")))
print(len("naïve".encode()), "naïve".encode().decode() == "naïve")
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
