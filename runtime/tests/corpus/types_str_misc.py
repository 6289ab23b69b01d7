# Misc str operations: multiplication, comparison, iteration, indexing, min/max, sorting.
s = "Python"
print(s * 2, 2 * s, s * 0, s * -3, len(s), s[0], s[-1], list(s))
print(s < "python", "a" < "b" < "ba", "Z" < "a", "" < "a", "abc" > "abd", "10" < "9")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), sorted(["b", "A", "a", "B"], key=str.lower))
print(min("hello"), max("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)))
print(str(123), str(1.0), str(None), str([1, "a"]), str(("x",)), str({"k": "v"}))
print(s.__len__(), s.__contains__("yth"), s.__getitem__(2), s.__add__("!"), s.__mul__(2))
print(ord(min(s)), [ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(97, 123)))
print(hash("a") == hash("a"), "abc" == "abc")
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError", e)
try:
    s + 1
except TypeError as e:
    print("TypeError", e)
try:
    s * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print("abc".__class__.__name__, type("").__name__, str.__name__, isinstance("x", str))
for i, ch in enumerate("héllo"):
    print(i, ch, ord(ch))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("a-b-c".replace("-", ""), "abc"[::-1], "abc" + "def", "x".join("123"))
print("%s|%r" % ("str", "str"), "{}|{!r}".format("s", "s"))
print(str(b"bytes"), repr("multi\nline"), str("multi\nline"))
print("ab" in "cabd", "ac" in "cabd", "abc".__contains__(""))
pal = "A man, a plan, a canal: Panama"
clean = "".join(c.lower() for c in pal if c.isalnum())
print(clean, clean == clean[::-1])
print("CamelCaseString".lower(), "".join("_" + c.lower() if c.isupper() else c for c in "camelCaseString"))
print("snake_case_here".title().replace("_", ""), "x".upper().lower(), " ".isspace())
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"))
