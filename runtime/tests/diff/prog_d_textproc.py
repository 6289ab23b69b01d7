"""A small text normaliser: translation tables, tab expansion, splitting and wrapping."""
import textwrap

# Strip accents and punctuation through a translation table.
accent = str.maketrans("áéíóúñ", "aeioun", "!?.,;")
print("¡Hola, señor! ¿Qué tal? Está bien.".translate(accent))
table = str.maketrans({"a": "4", "e": None, "o": "0", ord("s"): "$$"})
print(sorted(table.items()))
print("seasoned options".translate(table))
print("abc".translate({97: 98, 98: None}), "xyz".translate([chr(i) for i in range(200)]))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Rot13(dict):
    def __missing__(self, key):
        c = chr(key)
        if c.isalpha() and c.isascii():
            base = ord("a") if c.islower() else ord("A")
            return base + (key - base + 13) % 26
        raise LookupError(key)


print("Hello, World 42!".translate(Rot13()))

print("== tabs")
rows = ["name\tqty\tprice", "apple\t3\t1.5", "watermelon\t12\t0.25", "\tindent\t", "a\tb\r\nc\td"]
for width in (8, 4, 1, 0):
    for r in rows:
        print(repr(r.expandtabs(width)))
print(repr("x\ty".expandtabs(tabsize=3)))

print("== partition/split")
for s in ["key=value=more", "novalue", "=lead", "trail=", ""]:
    print(s.partition("="), s.rpartition("="))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("  lots   of\tspace \n".split(), "  lots   of  space ".split(None, 1), " x y ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
text = "line one\nline two\r\nline three\rfour\x0bfive\x0csix\x1cseven\u2028eight\n\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "x".splitlines(True))

print("== case")
for w in ["Straße", "ǅungla", "İstanbul", "ΣΊΣΥΦΟΣ", "ﬁre", "hello world", "o'neil mcDONALD"]:
    print(w.casefold(), w.lower(), w.upper(), w.title(), w.swapcase(), w.capitalize())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("hello".istitle(), "Hello World".istitle(), "HELLO".isupper(), "123".isupper())

print("== padding")
for s in ["42", "-42", "+7", "abc", "", "-", "1234567"]:
    print(repr(s.zfill(5)), repr(s.center(8, "*")), repr(s.ljust(6, ".")), repr(s.rjust(6)))
print(repr("ab".center(5)), repr("abc".center(6)), repr("a".center(4, "-")), repr("x".center(0)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)

print("== strip/prefix")
print("xxhixx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip("<>"), "  \t\n s \x0b".strip())
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "a".removeprefix("abc"))
print("filename.tar.gz".endswith((".gz", ".zip")), "hello".startswith("ell", 1), "hello".startswith("", 5))
print("abcabc".find("c", 3), "abcabc".rfind("c", 0, 4), "abcabc".index("b", 2), "abcabc".count("", 2))
print("aaa".replace("a", "b", 2), "aaa".replace("", "-"), "abc".replace("", "-", 2))

print("== wrapping")
para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(para, 30))
print(textwrap.fill(para, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(para, 50, placeholder=" [...]"))
print(textwrap.shorten("  short   text  ", 40))
code = """
    def f():
        return 1
      # odd comment
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\n\nb\n", "> "))
print(textwrap.indent("a\n\nb\n", "+ ", lambda line: True), end="")
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("well-known hyphen-separated words here", 12))
print(textwrap.wrap("tab\there  and  spaces", 8, expand_tabs=True, replace_whitespace=True))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder="...")
print(w.wrap(para))

print("== joins and misc")
print("-".join(["a", "b", "c"]), ", ".join(str(i) for i in range(4)), "".join(reversed("stressed")))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
print("a%sb" % "-", "Ünïcödé".encode("utf-8"), "Ünïcödé".encode("ascii", "replace"))
print("ab\x00c".isprintable(), "é".isidentifier(), "1a".isidentifier(), "٣".isdigit(), "½".isnumeric(), "½".isdecimal())
print(" ".isspace(), "".isspace(), "\u3000".isspace(), "x" * 0 == "", "ab" * 3)
