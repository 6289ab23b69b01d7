# re: the module-level functions, escape, the compile cache and its errors, template's warning, Scanner.
import re, warnings
print(re.match(r"(\d+)-(\d+)", "12-34 x").groups(), re.fullmatch("a+", "aaa"), re.fullmatch("a+", "aab"), re.search("b+", "abbbc").span())
print(re.sub(r"\s+", "_", "a  b   c", 1), re.subn("o", "0", "foo boo"), re.split(r"(,)", "a,b,c", 1), re.findall(r"(\w)(\d)", "a1 b2"), [m.span() for m in re.finditer("a", "banana")])
print(re.escape("a.b*c(d)[e]{f}?g+h|i^j$k\\l&m~n# o\tp\nq-r"), re.escape(b"x.y z"), re.escape("plain_text123"))
print(re.compile("x", re.I).flags & re.I != 0, re.compile(re.compile("y")) .pattern)
try:
    re.compile(re.compile("y"), re.I)
except ValueError as e:
    print(e)
try:
    re.compile(3)
except TypeError as e:
    print(e)
try:
    re.match(["x"], "x")
except TypeError as e:
    print(type(e).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    re.template("a")
    print(w[0].category.__name__, str(w[0].message))
re.purge()
sc = re.Scanner([(r"\d+", lambda s, t: ("NUM", int(t))), (r"[a-z]+", lambda s, t: ("ID", t)), (r"\s+", None), (r"=", "EQ")])
print(sc.scan("x = 42 yy=7 !rest"), sc.scan(""), sc.scan("   "))
sc2 = re.Scanner([(r"a*", "A"), (r"b", "B")])
print(sc2.scan("aab"), sc2.scan("bba"))
for i in range(600):
    re.compile("p%d" % i)
print(re.match("p5", "p5").group())
