# Numeric conversion dunders: __index__, __int__, __float__, __complex__, __round__, __floor__, __ceil__, __trunc__, __format__, __bool__.
import math
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(3)
print([10, 20, 30, 40][i], "abcdef"[i:], list(range(i)), bin(i), hex(i), oct(i), "x" * i, [0] * Idx(2))
print(int(i), operator_like := (lambda a, b: a[b])("hello", Idx(1)), (5).__pow__(Idx(2)), round(2.5678, Idx(2)))
print(bytes(Idx(2)), (10).to_bytes(Idx(2), "big"), divmod(7, Idx(2)) if False else "skip")
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, ndigits=None):
        return ("round", ndigits)
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __trunc__(self):
        return "trunc"
    def __bool__(self):
        return self.v != 0
    def __format__(self, spec):
        return f"Num<{format(self.v, spec)}>"
n = Num(2.75)
print(int(n), float(n), complex(n), round(n), round(n, 1), math.floor(n), math.ceil(n), math.trunc(n))
print(bool(n), bool(Num(0)), f"{n}", f"{n:.1f}", format(n, ">8"), "{:e}".format(n))
try:
    [1, 2][Num(1)]
except TypeError as e:
    print("TypeError", e)
class BadIndex:
    def __index__(self):
        return "not int"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError", e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class BadFloat:
    def __float__(self):
        return "x"
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError", e)
class FloatOnly:
    def __float__(self):
        return 2.5
print(math.sqrt(FloatOnly()), float(FloatOnly()), math.floor(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print("TypeError", e)
class IndexOnly:
    def __index__(self):
        return 7
print(int(IndexOnly()), float(IndexOnly()), complex(IndexOnly()), math.factorial(IndexOnly()))
class Hashy:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return isinstance(o, Hashy) and self.k == o.k
d = {Hashy("a"): 1}
d[Hashy("a")] = 2
print(len(d), d[Hashy("a")])
class LenBool:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenBool(0)), bool(LenBool(2)), not LenBool(0), [x for x in [LenBool(0), LenBool(1)] if x].__len__())
class Fmt:
    def __format__(self, spec):
        if not spec:
            return "default-format"
        return spec[::-1]
print(f"{Fmt()}", f"{Fmt():abc}", format(Fmt(), "xyz"), "{0:hello}".format(Fmt()))
class StrOnly:
    def __str__(self):
        return "via __str__"
print(f"{StrOnly()}", format(StrOnly()), "{}".format(StrOnly()))
try:
    f"{StrOnly():>10}"
except TypeError as e:
    print("TypeError", e)
class Contains:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in Contains(), 3 in Contains(), 3 not in Contains())
class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(self.data[::-1] + ["(custom)"])
    def __iter__(self):
        return iter(self.data)
print(list(reversed(Rev([1, 2, 3]))), list(Rev([1, 2])))
class Sized:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(Sized())), "".join(Sized()))
