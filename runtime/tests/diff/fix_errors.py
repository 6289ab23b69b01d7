# Error messages of list/dict methods, conversions, exception chaining and class patterns.
class A: pass
class B:
    def __init__(self, *a): pass
class C:
    def __new__(cls, *a): return object.__new__(cls)
class BadIndex:
    def __index__(self): return "no"
class RaisingIndex:
    def __index__(self): raise ValueError("boom")
class BadInt:
    def __int__(self): return 1.5
class SubInt(int): pass
class IntSub:
    def __int__(self): return SubInt(7)
class BadTrunc:
    def __trunc__(self): return 2.5
cases = [lambda: [].insert(), lambda: [].insert(1), lambda: [].insert(1, 2, 3), lambda: [].append(),
         lambda: [].append(1, 2), lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: [].index(),
         lambda: [].pop(1, 2), lambda: {}.pop(), lambda: {}.setdefault(), lambda: {}.popitem(1),
         lambda: dict.fromkeys(), lambda: list(1, 2), lambda: list(x=1), lambda: [].extend(),
         lambda: [1] * "a", lambda: "a" * [1], lambda: (1,) * "a", lambda: b"x" * (1,), lambda: [1] * 1.5,
         lambda: sorted([1, 2], cmp=None), lambda: sorted([2, 1], key=None, reverse=True),
         lambda: object().__init__(1), lambda: object(1), lambda: A(1), lambda: object.__init__(A(), 1),
         lambda: object.__init__(B(), 1), lambda: object.__init__(C(), 1), lambda: A().__init__(1),
         lambda: [1][BadIndex()], lambda: [1][RaisingIndex()], lambda: (1,)[BadIndex()], lambda: [1][str(1)],
         lambda: [1][2 ** 100], lambda: (1,)[2 ** 100], lambda: [1][True], lambda: int(BadInt()),
         lambda: type(int(IntSub())), lambda: int(BadTrunc()), lambda: [0].__setitem__(BadIndex(), 1)]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
e = ValueError("v")
for attr, val in [("__cause__", "x"), ("__context__", 5), ("__cause__", KeyError), ("__cause__", None),
                  ("__context__", TypeError("t"))]:
    try:
        setattr(e, attr, val)
        print(attr, repr(getattr(e, attr)), e.__suppress_context__)
    except TypeError as err:
        print(attr, "TypeError", err)
class MyInt(int): pass
class MyInt2(int):
    __match_args__ = ("real",)
class ListArgs:
    __match_args__ = ["a"]
class NonStr:
    __match_args__ = (1,)
for subject in [MyInt(5), MyInt2(6), True, bytearray(b"ab"), frozenset({1}), 2.5, {"k": 1}]:
    match subject:
        case MyInt(x): print("MyInt", x)
        case MyInt2(x): print("MyInt2", x)
        case bool(x): print("bool", x)
        case bytearray(x): print("bytearray", x)
        case frozenset(x): print("frozenset", x)
        case float(x): print("float", x)
        case dict(x): print("dict", x)
for cls in [ListArgs, NonStr, int]:
    try:
        match cls():
            case ListArgs(x): print("list args", x)
            case NonStr(x): print("nonstr", x)
            case int(x, y): print("two", x, y)
    except TypeError as err:
        print("TypeError", err)
