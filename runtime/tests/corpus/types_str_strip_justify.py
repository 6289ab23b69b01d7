# strip family, center/ljust/rjust/zfill, expandtabs, removeprefix/suffix.
for s in ["  hello  ", "\t\n hi \r\n", "xxhixx", "", "   "]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(" x")))
print("www.example.com".strip("cmowz."), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "abcba".strip("ab"))
print("  \u00a0nbsp\u00a0 ".strip(), "\u2003em space\u2003".strip())
for w in [0, 3, 5, 10, 11]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w, "*")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "12345".zfill(3), "-".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc\n\td".expandtabs(3)), repr("\t".expandtabs(0)))
print(repr("12345678\t9".expandtabs(8)), repr("x\ty".expandtabs(1)))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "file.txt".removesuffix(".txt"), "file.txt".removesuffix(".py"))
print("".removeprefix(""), "abc".removesuffix(""))
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100)]
for name, price, qty in table:
    print(name.ljust(10, ".") + str(price).rjust(8) + str(qty).center(7) + "|")
print("=" * 20)
print("title".center(20, "="))
