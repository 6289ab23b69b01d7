def run(name, fn):
    try: print(name, "=>", repr(fn()))
    except BaseException as e: print(name, "!>", type(e).__name__, str(e))
class V:
    def __init__(s, v): s.v = v
    def __add__(s, o): return f"V.add({o!r})"
    def __radd__(s, o): return f"V.radd({o!r})"
    def __repr__(s): return f"V{s.v}"
class W(V):
    def __radd__(s, o): return f"W.radd({o!r})"
run("a1", lambda: V(1) + W(2))
run("a2", lambda: 1 + V(1))
class NI:
    def __iadd__(s, o): return NotImplemented
    def __add__(s, o): return "fallback add"
x = NI(); 
def iadd():
    global x
    x += 1
    return x
run("a3", iadd)
class BadBool:
    def __bool__(s): return 1
run("b1", lambda: bool(BadBool()))
class BadLen:
    def __len__(s): return -1
run("b2", lambda: len(BadLen()))
class BigLen:
    def __len__(s): return 2**70
run("b3", lambda: len(BigLen()))
class FLen:
    def __len__(s): return 1.5
run("b4", lambda: len(FLen()))
class Idx:
    def __index__(s): return 2
run("i1", lambda: [1, 2, 3, 4][Idx()])
run("i2", lambda: "abcd"[Idx():])
run("i3", lambda: hex(Idx()))
run("i4", lambda: range(Idx()))
class BadIdx:
    def __index__(s): return "x"
run("i5", lambda: [1][BadIdx()])
class H:
    def __hash__(s): return 2**100
run("h1", lambda: hash(H()) == hash(2**100))
class HS:
    def __hash__(s): return "x"
run("h2", lambda: hash(HS()))
class EqOnly:
    def __eq__(s, o): return True
run("h3", lambda: hash(EqOnly()))
class GI:
    def __getitem__(s, i):
        if i >= 3: raise IndexError
        return i * 10
run("g1", lambda: list(GI()))
run("g2", lambda: 20 in GI())
run("g3", lambda: 25 in GI())
class NoIter:
    __iter__ = None
run("g4", lambda: iter(NoIter()))
run("g5", lambda: 1 in NoIter())
class Rev:
    def __reversed__(s): return iter("zyx")
    def __iter__(s): return iter("xyz")
run("g6", lambda: list(reversed(Rev())))
class Fmt: pass
run("f1", lambda: format(Fmt(), "").startswith("<__main__.Fmt object"))
run("f2", lambda: format(Fmt(), "x"))
run("f3", lambda: f"{Fmt():>5}")
class Cmp:
    def __eq__(s, o): return "yes"
    def __lt__(s, o): return [1]
run("c1", lambda: Cmp() == 1)
run("c2", lambda: Cmp() < 1)
run("c3", lambda: 1 < Cmp() if False else 1 > Cmp())
run("c4", lambda: [Cmp()] == [Cmp()])
run("c5", lambda: Cmp() != 1)
class NE:
    def __eq__(s, o): return NotImplemented
run("c6", lambda: NE() == NE())
run("c7", lambda: NE() != 5)
class Ga:
    def __getattribute__(s, n):
        if n == "secret": raise AttributeError("nope")
        return object.__getattribute__(s, n)
    def __getattr__(s, n): return f"fallback {n}"
run("ga1", lambda: Ga().secret)
run("ga2", lambda: Ga().other)
class MetaCheck(type):
    def __instancecheck__(c, i): return i == 42
    def __subclasscheck__(c, s): return s is int
class Any42(metaclass=MetaCheck): pass
run("m1", lambda: (isinstance(42, Any42), isinstance(41, Any42), issubclass(int, Any42), issubclass(str, Any42)))
class Prep(type):
    @classmethod
    def __prepare__(m, name, bases): return {"injected": 1}
class UsesPrep(metaclass=Prep): pass
run("m2", lambda: UsesPrep.injected)
class Call:
    def __call__(s, *a, **k): return (a, k)
run("cl1", lambda: Call()(1, x=2))
class Ctx:
    __enter__ = lambda s: s
def noexit():
    with Ctx(): pass
run("cx1", noexit)
def notctx():
    with 5: pass
run("cx2", notctx)
class Neg:
    def __neg__(s): return "neg"
    def __pos__(s): return "pos"
    def __invert__(s): return "inv"
    def __abs__(s): return "abs"
run("u1", lambda: (-Neg(), +Neg(), ~Neg(), abs(Neg())))
class M:
    def __matmul__(s, o): return "matmul"
    def __rmatmul__(s, o): return "rmatmul"
    def __divmod__(s, o): return "dm"
    def __rpow__(s, o): return f"rpow {o}"
run("o1", lambda: (M() @ 1, 1 @ M(), divmod(M(), 1), 2 ** M()))
run("o2", lambda: M() @ M() if False else 1 @ 2)
run("o3", lambda: divmod(1, M()))
class Cont:
    def __contains__(s, x): return x == 3
    def __len__(s): return 0
    def __bool__(s): return True
run("ct", lambda: (3 in Cont(), 4 not in Cont(), bool(Cont()), len(Cont())))
class SetN:
    def __set_name__(s, owner, name): print("set_name", owner.__name__, name)
class Own:
    a = SetN(); b = SetN()
class Sl:
    __slots__ = ("a",)
class Sl2(Sl):
    __slots__ = ("b",)
run("sl1", lambda: Sl2.__slots__)
run("sl2", lambda: Sl2().__dict__)
try:
    class Bad(Sl):
        __slots__ = ("a",)
        a = 1
except ValueError as e: print("ValueError:", e)
run("sl3", lambda: type("T", (int, str), {}))
run("sl4", lambda: type("T", (object,), {"__slots__": ["__dict__", "x"]})().__dict__)
