# str.format with no replacement fields returns the string itself, as CPython does (a str
# subclass's instance included); with fields, escapes or when empty, a new exact str.
class S(str):
    pass
s = S("abc")
print(s.format() is s, type(s.format()).__name__, s.format(1, x=2) is s)
print(type(S("a{}").format(1)).__name__, type(S("a{{b").format()).__name__, type(S("").format()).__name__)
t = "plain text"
print(t.format() is t, t.format(5) == t)
for bad in ["{", "}", "a}b"]:
    try:
        print(S(bad).format())
    except ValueError as e:
        print("ValueError", e)
