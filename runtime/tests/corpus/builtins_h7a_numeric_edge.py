import sys
cases = r'''
"abc".split(None, 0)
"  a b  ".split(None, 1)
"  a b  ".rsplit(None, 1)
"a b c".rsplit(maxsplit=1)
"abc".find("", 5)
"abc".find("", 3)
"abc".count("")
"abc".count("", 1, 2)
"abcabc".rindex("c", 0, 4)
"abc".startswith("")
"abc".startswith("a", 5)
"abc".endswith(("c", "x"), -1)
"%.3s" % "abcdef"
"%-5.2s|" % "abc"
"%r" % ((1, 2),)
"%s" % [1]
"%(x)r %(x)s" % {"x": "q"}
"%5%" % ()
"{:^7.3}".format("abcdef")
"{:<{}}".format("a", 4)
"{0!a}".format("é")
"{:.3}".format(1234.5678)
"{:.3g}".format(0.0001234)
"{:g}".format(1e-5)
"{:g}".format(123456789.0)
"{:.10g}".format(1/3)
"{:#.3g}".format(1.0)
"{:#x}".format(0)
"{:+#o}".format(8)
"{:n}".format(1e20)
"{:e}".format(0)
"{:.0e}".format(12345)
"{:#.0f}".format(3)
"{:%}".format(0.5)
"{:.2%}".format(1)
"{:c}".format(0x263A)
"{:=10}".format(-3.5)
"{:0=10}".format(-3.5)
"{:010}".format("ab")
"{:>010}".format(12)
"{:x<010}".format(12)
"{:,d}".format(10**12)
"{:_b}".format(1023)
"{:_o}".format(10**6)
"{:,.3e}".format(1234567.0)
format(1e300 * 10, ".2f")
format(12345678901234567890.0, "f")
format(0.1, ".20f")
format(1/3, ".17g")
format(2**63, "e")
format(-2**63, ",")
repr(1e16)
repr(1e-4)
repr(123456789012345678.0)
repr(0.1 + 0.2)
repr(-0.0)
repr(1.5e300 * 1.5e300)
str(2.0 ** 0.5)
str(10 ** 15 + 0.5)
round(123.456, -1)
round(123.456, -2)
round(-2.5)
round(0.125, 2)
round(0.375, 2)
round(12345, -2)
round(-15, -1)
round(25, -1)
round(1.23456789e10, 3)
divmod(-7, 2)
divmod(7.5, -2)
-7 % 3.0
7 // -2.0
2 ** 0.5
(-8) ** (1/3)
pow(3, -1, 7)
pow(2, 100, 1000)
pow(0, 0)
0.0 ** 0
10 ** -2
int(-3.9)
int("  -0b101  ", 0)
int("0o17", 8)
int("z", 36)
float("1_000.5")
float("  nan  ")
float("Infinity")
float.fromhex("0x1.8p1")
(3.5).hex()
(0.1).as_integer_ratio()
(2.0).is_integer()
(10).as_integer_ratio()
complex(1, 2) * complex(0, 1)
abs(3 + 4j)
(1+2j).conjugate()
complex("1+2j")
repr(complex(0, -0.0))
repr(1j ** 2)
bin(-10)
oct(-8)
hex(-255)
(-1) >> 10
1 << 70
(2 ** 70) >> 65
-(2 ** 70) // 3
(2**100) % 7
int.bit_length(2**100)
(1024).to_bytes(4, "little")
int.from_bytes(b"\xff\xfe", "big", signed=True)
sum([0.1] * 10)
sum([[1], [2]], [])
sum(range(10), 100)
max("abc", "abd", key=lambda s: s[-1])
min([3, 1, 2], key=lambda x: -x)
max([], default="empty")
sorted("bBaA")
sorted("bBaA", key=str.lower)
sorted([3, 1, 2], reverse=True)
list(reversed([1, 2, 3]))
list(enumerate("ab", 10))
list(zip("ab", "xyz"))
list(zip("ab", "xy", strict=True))
list(map(pow, [2, 3], [3, 2]))
list(filter(None, [0, 1, "", "a", None, [], [0]]))
any([]), all([])
[1, 2, 3][::-2]
[1, 2, 3][-5:5]
list(range(10))[8:2:-3]
list(range(0, -10, -3))
range(0, 10, 3)[-1]
range(10)[2:8:2]
len(range(5, 0, -2))
7 in range(1, 10, 3)
range(3) == range(0, 3, 1)
list(range(5)).index(3, 1, 4)
[1, 2] * -1
[[0] * 2] * 2
dict.fromkeys("ab", [])
{**{"a": 1}, "a": 2, **{"b": 3}}
{"a": 1} | {"b": 2}
dict(zip("abc", range(3)))
{1: 2}.get(3, "d")
{"a": 1}.setdefault("b", [])
list({"x": 1, "y": 2}.items())
{1, 2, 3} - {2}
{1, 2} ^ {2, 3}
{1, 2} <= {1, 2, 3}
{1, 2}.isdisjoint([3])
frozenset([1, 2]) | {3}
{1, 2} | frozenset([3])
set("aab") == {"a", "b"}
sorted({3, 1, 2})
bytes(3)
bytes([65, 66])
b"abc".hex(":")
bytes.fromhex("de ad be ef")
b"hello world".title()
b"a,b".split(b",")
b"abc"[1]
b"abc"[1:]
bytearray(b"ab") + b"c"
b"x" * 3
b"abc".find(b"c")
b" a ".strip()
b"%d" % 5
memoryview(b"abc")[1]
bytes(memoryview(b"abc")[::2])
list(b"hi")
str(b"\x00\xff")
repr(bytearray(b"q"))
b"abc" == bytearray(b"abc")
chr(97) + chr(0x1F600)
len("😀")
"😀".encode("utf-16-le")
"aé".encode("utf-16")
"x".encode("utf-32")
"é".encode("ascii", "replace")
"é".encode("ascii", "ignore")
"é€".encode("ascii", "xmlcharrefreplace")
"é".encode("ascii", "backslashreplace")
b"\xe9".decode("latin-1")
b"\xff\xfe".decode("utf-8", "replace")
b"a\xffb".decode("ascii", "ignore")
b"\xc3\xa9".decode()
"abc".encode("cp1252")
"€".encode("cp1252")
b"\x80".decode("cp1252")
'''
for line in cases.strip().split("\n"):
    try:
        r = eval(line)
        print(line, "=>", repr(r))
    except Exception as e:
        print(line, "!>", type(e).__name__, e)
