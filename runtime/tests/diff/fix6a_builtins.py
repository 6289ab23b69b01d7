# Builtin fixes: int comparison methods with floats, dir() of functions, memoryview
# suboffsets, range iterator length hints, co_cellvars order.

print((5).__eq__(5.0), (5).__lt__(5.5), (5).__ne__(5.0), (5).__ge__(2), (True).__eq__(1.0), (5).__eq__(5))
print(5 == 5.0, 5 < 5.5, 5.5 > 5, 2**60 == 2.0**60, 2**53 + 1 == 2.0**53, 1 != 1.0, True == 1.0)
class MyInt(int):
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = int.__hash__
print(MyInt(5) == 5.0, MyInt(5) == 5, MyInt(5).__eq__(5.0), 5.0 == MyInt(5), MyInt(5) != 4.0)
class MyFloat(float):
    pass
print(3 == MyFloat(3.0), 3 < MyFloat(3.5), (3).__lt__(MyFloat(3.5)), sorted([2, 1.5, MyFloat(1.7), True]))

def func():
    pass
func.custom = 1
func.other = "x"
names = dir(func)
print("custom" in names, "other" in names, "__dict__" in names, names == sorted(names), names.count("custom"))
print([n for n in dir(lambda: 0) if not n.startswith("__")], "__dict__" in dir(print))
class C:
    def meth(self):
        pass
C.meth.tag = 1
print("tag" in dir(C.meth), "tag" in dir(C().meth), "__dict__" in dir(C()))

mv = memoryview(b"abc")
print(mv.suboffsets, mv.strides, mv.shape, mv.ndim)

it = iter(range(10))
next(it)
print(it.__length_hint__(), iter(range(0)).__length_hint__(), iter(range(10, 0, -3)).__length_hint__())
it2 = iter(range(2))
list(it2)
print(it2.__length_hint__())

def outer(start, step, *rest, **opts):
    count = 0
    def inner():
        return count, step, start, rest, opts
    return inner
print(outer.__code__.co_cellvars, outer(1, 2).__code__.co_freevars)
def args_only(a, b):
    return lambda: a + b
def no_args():
    z = 1
    y = 2
    return lambda: y + z
print(args_only.__code__.co_cellvars, no_args.__code__.co_cellvars, outer(1, 2)())

# ord() of bytes and bytearray.
print(ord(b"a"), ord(bytearray(b"z")), ord(b"\xff"), [ord(b"hello"[i:i + 1]) for i in range(5)])
for bad in [b"ab", bytearray(), memoryview(b"a"), 5]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)

# int() and float() of a memoryview parse its bytes.
print(int(memoryview(b" 42 ")), int(memoryview(b"-7")[1:]), float(memoryview(b"2.5")), float(memoryview(b"1e3")[:3]))
try:
    int(memoryview(b"12x"))
except ValueError as e:
    print("ValueError", e)
for v, base in [(b"12x", 10), (bytearray(b"1x"), 10), (b"\xff", 10), (b"", 10), (b"zz", 16), (b" 0x1F ", 16), (bytearray(b"0b101"), 0), (b"7", 40), (b"\xd9\xa1", 10)]:
    try:
        print(int(v, base))
    except ValueError as e:
        print("ValueError", e)

# __index__ objects as chr() argument, int() base and enumerate() start.
class Three:
    def __index__(self):
        return 3
print(repr(chr(Three())), int("11", Three()), int("zz", base=Three() if False else 36), list(enumerate("ab", Three())), list(enumerate("x", start=Three())))
for call in [lambda: chr("a"), lambda: int("1", 2.0), lambda: enumerate("a", 1.5), lambda: enumerate("a", "1")]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
