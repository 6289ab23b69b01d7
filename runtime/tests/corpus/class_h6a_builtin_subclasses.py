# Subclasses of builtin types: overridden __str__/__repr__/__format__/__iter__/__len__,
# custom __new__/__init__, and which operations see the overrides (as CPython decides).
def t(label, fn):
    try:
        print(label, "ok", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
class S(str):
    def __str__(self): return "S.__str__"
    def __repr__(self): return "S.__repr__"
    def __len__(self): return 99
    def upper(self): return "custom upper"
s = S("abc")
t("str sub", lambda: (str(s), repr(s), f"{s}", f"{s!s}", f"{s!r}", "%s" % s, "%r" % s, format(s), "{}".format(s), len(s), s.upper(), s + "d", type(s + "d").__name__))
t("str sub join", lambda: ("-".join([s, s]), s.join("xy"), print(s) or "printed"))
t("str sub eq", lambda: (s == "abc", hash(s) == hash("abc"), {s: 1}["abc"], s in ["abc"], "b" in s, s[0], type(s[0]).__name__, s * 2))
class I(int):
    def __str__(self): return "I.__str__"
    def __repr__(self): return "I.__repr__"
    def __format__(self, spec): return "I.__format__:" + spec
i = I(5)
t("int sub", lambda: (str(i), repr(i), f"{i}", f"{i:>3}", "%d" % i, "%s" % i, "%r" % i, format(i, "x"), str([i]), i + 1, type(i + 1).__name__))
class F(float):
    def __repr__(self): return "F.__repr__"
f = F(1.5)
t("float sub", lambda: (str(f), repr(f), f"{f}", f"{f:.2f}", "%s %r %f" % (f, f, f), [f], f * 2))
class L(list):
    def __repr__(self): return "L.__repr__"
    def __iter__(self): return iter([9, 9])
    def __len__(self): return 1
l = L([1, 2, 3])
t("list sub", lambda: (str(l), list(l), tuple(l), [*l], sorted(l), len(l), l[0], l + [4], sum(l), " ".join(map(str, l)), set(l), dict.fromkeys(l)))
t("list sub extend", lambda: (lambda x: (x.extend(l), x)[1])([0]))
t("list sub eq", lambda: (l == [1, 2, 3], [1, 2, 3] == l, l.copy(), l.index(2), l.count(9)))
class D(dict):
    def __iter__(self): return iter(["zz"])
    def keys(self): return ["k"]
    def __getitem__(self, k): return "D[" + k + "]"
    def __len__(self): return 42
d = D(a=1)
t("dict sub", lambda: (list(d), dict(d), {**d}, len(d), d["a"], d.get("a"), list(d.items()), (lambda **kw: kw)(**d), str(d)))
t("dict sub update", lambda: (lambda x: (x.update(d), x)[1])({}))
class T(tuple):
    def __iter__(self): return iter("xy")
    def __getitem__(self, i): return "T" + str(i)
tt = T((1, 2))
t("tuple sub", lambda: (list(tt), tt[0], tuple(tt), str(tt), len(tt), tt == (1, 2)))
t("tuple sub unpack", lambda: (lambda: ([a, b] for a, b in [tt]))().__next__())
class B(bytes):
    def decode(self, *a): return "custom decode"
t("bytes sub", lambda: (B(b"ab").decode(), str(B(b"ab"), "ascii"), bytes(B(b"ab")), type(B(b"a") + b"b").__name__))
class Sset(set):
    def __contains__(self, x): return True
    def __iter__(self): return iter([7])
ss = Sset({1})
t("set sub", lambda: (5 in ss, list(ss), ss | {2}, {2} | ss, ss & {1, 7}, len(ss), sorted(ss), frozenset(ss)))
class Upper(str):
    def __new__(cls, v, *extra):
        return super().__new__(cls, str(v).upper())
    def __init__(self, v, *extra):
        self.extra = extra
u = Upper("abc", 1, 2)
t("str new", lambda: (u, u.extra, type(u).__name__, Upper(5)))
class Meters(float):
    def __new__(cls, v, unit="m"):
        factor = {"m": 1, "km": 1000, "cm": 0.01}[unit]
        return super().__new__(cls, float(v) * factor)
    def __repr__(self):
        return f"{float(self)}m"
    def __add__(self, o):
        return Meters(float(self) + float(o))
t("float new", lambda: (Meters(2, "km"), Meters("1.5"), Meters(1) + Meters(50, "cm"), Meters(1) * 2, type(Meters(1) * 2).__name__, sum([Meters(1), Meters(2)], Meters(0))))
class Flags(int):
    def __new__(cls, *names):
        v = 0
        for n in names:
            v |= {"r": 4, "w": 2, "x": 1}[n]
        return super().__new__(cls, v)
    def __repr__(self):
        return "".join(c if int(self) & b else "-" for c, b in zip("rwx", (4, 2, 1)))
    def __or__(self, o):
        return Flags.__new__(Flags) if False else int.__new__(Flags, int(self) | int(o))
t("int new", lambda: (Flags("r", "w"), Flags("x") | Flags("r"), Flags() == 0, int(Flags("r")), Flags("r") + 1, bool(Flags()), f"{Flags('w')}", str(Flags("w"))))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    first = property(lambda self: self[0])
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
t("tuple new", lambda: (Pair(1, 2), Pair(1, 2).first, Pair(1, 2) == (1, 2), Pair(1, 2) + (3,), type(Pair(1, 2)[:1]).__name__, hash(Pair(1, 2)) == hash((1, 2))))
class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
    def push(self, x):
        self.append(x)
        return self
t("list init", lambda: (Stack(1, 2).push(3), type(Stack(1) + Stack(2)).__name__, Stack(1, 2)[::-1], type(Stack(1, 2)[::-1]).__name__, Stack(3) * 2))
class Registry(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)
r = Registry(a=1)
r["b"] = 2
r.update(c=3)
r.setdefault("d", 4)
t("dict init log", lambda: (r, r.log, type(r.copy()).__name__, type(r | {}).__name__, Registry.fromkeys("xy").__class__.__name__))
class Bag(set):
    def __init__(self, it=()):
        super().__init__(x.lower() for x in it)
t("set init", lambda: (sorted(Bag("AbC")), type(Bag("a") | {"b"}).__name__, type(Bag("a").copy()).__name__, Bag("A") == {"a"}))
class FZ(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
t("frozenset new", lambda: (sorted(FZ(3, 1, 2)), type(FZ(1) | FZ(2)).__name__, FZ(1) == frozenset({1}), hash(FZ(1)) == hash(frozenset({1}))))
class BA(bytearray):
    pass
t("bytearray sub", lambda: (BA(b"x"), type(BA(b"x") + b"y").__name__, BA(b"ab")[0], type(BA(b"ab")[:1]).__name__, BA(3)))
class Cplx(complex):
    pass
t("complex sub", lambda: (Cplx(1, 2), type(Cplx(1, 2) + 1).__name__, Cplx("3+4j").imag, abs(Cplx(3, 4))))
class BoolLike(int):
    def __bool__(self):
        return False
t("int sub bool", lambda: (bool(BoolLike(5)), not BoolLike(5), BoolLike(5) or "fallback", [x for x in [BoolLike(1)] if x]))
