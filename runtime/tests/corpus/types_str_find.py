# find/rfind/index/rindex/count/startswith/endswith/replace/in.
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find(""), s.rfind(""), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 0, 5))
print(s.find("h", -5), s.rfind("h", 0, -5), s.find("lo", 3, 5), s.count("o", -8))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError", e)
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("python"), s.endswith(("on", "zz")))
print(s.startswith(""), "".startswith(""), s.endswith("hello", 0, 5), s.startswith("lo", 3), s.startswith(()))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError", e)
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("l", ""), s.replace("", "-")[:20])
print("aaaa".replace("aa", "b"), "aaaa".count("aa"), "abc".replace("", "|"), "abc".replace("x", "y"), "abab".replace("ab", "ab" * 2, -1))
print("ll" in s, "LL" in s, "" in s, s.lower().count("HELLO".lower()))
print("banana".find("ana"), "banana".rfind("ana"), "banana".count("ana"), "banana".index("n", 3))
print("abc".find("c", 10), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2))
text = "the cat sat on the mat with the hat"
pos, found = 0, []
while (i := text.find("at", pos)) != -1:
    found.append(i)
    pos = i + 1
print(found)
print(text.count("the"), text.replace("the", "THE", 2), text.split("the"))
print("Mississippi".replace("ss", "SS").replace("i", "!", 2))
