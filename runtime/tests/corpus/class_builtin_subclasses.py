# Subclassing int, str, float, list, dict, tuple, set, and Exception.
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 2))
    def __repr__(self):
        return f"{float(self)}°C"
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
c = Celsius(21.456)
print(c, repr(c), c + 1, type(c + 1).__name__, c.to_f(), isinstance(c, float), c == 21.46)
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, type(e).__name__, hash(e) == hash(10), e == 10, {e: "x"}[10])
try:
    Even(3)
except ValueError as err:
    print("ValueError", err)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), type(u.shout()).__name__, u.lower(), type(u.lower()).__name__, len(u), u[1:3], u == "HELLO")
print(repr(u), f"{u:>8}", "%s" % u, u.startswith("HE"), isinstance(u, str))
class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for i in items:
            self.append(i)
    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        super().append(item)
tl = TypedList(int, [1, 2, 3])
tl.append(4)
print(tl, len(tl), sum(tl), tl[1:], type(tl[1:]).__name__, type(tl + [5]).__name__)
try:
    tl.append("x")
except TypeError as err:
    print("TypeError", err)
tl.extend(["bypasses append"])
print(tl)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, sorted(ad.keys()), isinstance(ad, dict))
try:
    ad.missing
except AttributeError as err:
    print("AttributeError", err)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple(self)}"
p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
class TagSet(set):
    def add(self, item):
        super().add(item.lower())
ts = TagSet()
for t in ["A", "b", "a", "B", "c"]:
    ts.add(t)
print(sorted(ts), type(ts | {"z"}).__name__, len(ts))
class OrderedCounter(dict):
    def __missing__(self, k):
        return 0
    def most_common(self):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
oc = OrderedCounter()
for w in "to be or not to be that is the question".split():
    oc[w] += 1
print(oc.most_common()[:4])
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
    def __repr__(self):
        return f"MyInt({int(self)})"
print(MyInt(1) + 1, 1 + MyInt(1), sum([MyInt(1), MyInt(2)]), MyInt(5) * 2)
class Str2(str):
    pass
s2 = Str2("abc")
s2.extra = "attribute on str subclass"
print(s2, s2.extra, s2 == "abc", "abc" == s2, {s2: 1}["abc"])
print(int.__new__(Even, 7), type(int.__new__(Even, 7)).__name__)
class BoolLike(int):
    def __bool__(self):
        return False
print(bool(BoolLike(5)), BoolLike(5) + 0, "yes" if BoolLike(1) else "no")
