import io
import tomllib
from decimal import Decimal


def show(value, indent=""):
    if isinstance(value, dict):
        print(indent + "{")
        for k, v in value.items():
            print(indent + "  " + repr(k) + ":")
            show(v, indent + "    ")
        print(indent + "}")
    elif isinstance(value, list):
        print(indent + "[")
        for v in value:
            show(v, indent + "  ")
        print(indent + "]")
    else:
        print(indent + type(value).__name__ + " " + repr(value))


def run(doc, **kw):
    try:
        show(tomllib.loads(doc, **kw))
    except Exception as e:
        print(type(e).__name__, str(e))


print(issubclass(tomllib.TOMLDecodeError, ValueError))
print(sorted(n for n in dir(tomllib) if not n.startswith("_") and n in ("load", "loads", "TOMLDecodeError")))

run("""
# A full-line comment
title = "TOML Example"  # trailing comment
bare_key = 1
bare-key = 2
1234 = "digits"
"quoted key" = 'literal'
'single quoted' = "x"
"" = "empty key"
site."google.com" = true
fruit . color = "yellow"
a.b.c = 3
a.b.d = 4
""")

run(r'''
s1 = "tab\there \"quoted\" back\\slash \u00e9 \U0001F600 \b\f\r\n"
s2 = 'C:\Users\nodejs\templates'
s3 = """
Roses are red
Violets are blue"""
s4 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
s5 = """Here are two quotation marks: "". Simple enough."""
s6 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
s7 = """"This," she said, "is just a pointless statement.""""
''')

run(
    "l1 = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\n"
    "l2 = '''That's still pointless', she said.'''\n"
    "l3 = '''Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"'''\n"
    "l4 = '''''one or two quotes'''''\n"
)

run("""
i1 = +99
i2 = 42
i3 = 0
i4 = -17
i5 = 1_000
i6 = 5_349_221
i7 = 53_49_221
i8 = 1_2_3_4_5
h1 = 0xDEADBEEF
h2 = 0xdead_beef
o1 = 0o01234567
o2 = 0o755
b1 = 0b11010110
z1 = -0
z2 = +0
big = 123456789012345678901234567890
""")

run("""
f1 = +1.0
f2 = 3.1415
f3 = -0.01
f4 = 5e+22
f5 = 1e06
f6 = -2E-2
f7 = 6.626e-34
f8 = 224_617.445_991_228
f9 = -0.0
f10 = +0.0
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
bool1 = true
bool2 = false
""")

run("""
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27t07:32:00+05:30
odt6 = 1979-05-27T07:32:00.5z
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.999999
ldt3 = 1979-05-27T00:32:00.1234567891
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
lt3 = 23:59:59.12
""")

run("""
integers = [ 1, 2, 3 ]
colors = [ "red", "yellow", "green" ]
nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
string_array = [ "all", 'strings', \"\"\"are the same\"\"\", '''type''' ]
numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
contributors = [
  "Foo Bar <foo@example.com>",
  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
]
integers2 = [
  1, 2, 3
]
integers3 = [
  1,
  2, # this is ok
]
empty = [ ]
empty2 = [
  # only a comment
]
""")

run("""
name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
empty = {}
nested = { a = { b = { c = [1, {d = 2}] } } }
""")

run("""
[table-1]
key1 = "some string"
key2 = 123

[table-2]
key1 = "another string"
key2 = 456

[dog."tater.man"]
type.name = "pug"

[ j . "ʞ" . 'l' ]
x = 1

[x.y.z.w]
[x]

[fruit]
apple.color = "red"
apple.taste.sweet = true
[fruit.apple.texture]
smooth = true
""")

run("""
[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]
color = "red"
shape = "round"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[fruits.physical]
color = "yellow"

[[fruits.varieties]]
name = "plantain"
""")

run("a = 1\r\nb = 'two'\r\n")
run("[[a]]\n[a.b]\nx = 1\n[[a]]\n[a.b]\nx = 2\n[a.c]\n")
run("[a.b.c]\nx = 1\n[a]\ny = 2\n[a.b]\nz = 3\n")
run("")
run("# only a comment")
run("x = 1.5\ny = 2e3\nz = [0.25, inf]\n", parse_float=Decimal)
run("x = 1_0.2_5\n", parse_float=lambda s: "<" + s + ">")
run("x = 1.5", parse_float=lambda s: [s])

invalid = [
    "a = ",
    "a = 1\na = 2",
    "a = 1 b = 2",
    "a 1",
    "= 1",
    "a = tru",
    'a = "abc',
    'a = "abc\ndef"',
    "a = 'abc",
    'a = """abc',
    "a = '''abc",
    'a = "\\x"',
    'a = "\\u12"',
    'a = "\\uD800"',
    "a = [1, 2",
    "a = [1 2]",
    "a = {b = 1",
    "a = {b = 1,}",
    "a = {b = 1, b = 2}",
    "[a]\nb = 1\n[a]",
    "[a]\n[a.b]\n[a]",
    "a = 1\n[a]",
    "a = 1\n[[a]]",
    "a = [1]\n[[a]]",
    "[a.b]\nc = 1\n[a]\nb.d = 2",
    "a = {b = 1}\na.c = 2",
    "a.b = 1\na.b.c = 2",
    "[a\nb = 1",
    "[[a]\nb = 1",
    "a = 1 # bad \x01 comment",
    "a = 0123",
    "a = 1979-02-30",
    "a = 1__0",
    "a = .5",
    "a = 5.",
    "a = 0x",
    "# comment\n\n  ! = 1",
    "a = \"x\" \"y\"",
    "a = 'lone\x7fdel'",
    "a = 1\rb = 2",
    "a = \"\"\"x\\  y\"\"\"",
    "[a]\nx = 1\n[a.x]",
    "[[a]]\n[a]",
    "a = [{b = 1}]\n[a.c]",
    "a = \"nul\x00\"",
    "a = {b.c = 1, b = 2}",
    "a = {b = [1], b.c = 2}",
    "[a]\nb.c = 1\n[a.b]",
    "a = 1979-05-27T25:00:00",
    "[]",
    "a.",
    "a = [,]",
]
for doc in invalid:
    print(repr(doc))
    run(doc)

print("-- load")
print(tomllib.load(io.BytesIO(b'a = 1\n[t]\nb = "\xc3\xa9"\n')))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.loads(b"a = 1")
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.loads("a = [")
except tomllib.TOMLDecodeError as e:
    print(isinstance(e, ValueError), e.args)
