# __repr__/__str__ interplay with print, containers, f-strings, format, and inheritance.
class Both:
    def __repr__(self): return "Both.repr"
    def __str__(self): return "Both.str"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr.repr"
class OnlyStr:
    def __str__(self): return "OnlyStr.str"
    def __repr__(self): return "OnlyStr(default-ish)"
for obj in [Both(), OnlyRepr(), OnlyStr()]:
    print(obj, str(obj), repr(obj), [obj], (obj,), {"k": obj}, f"{obj}", f"{obj!r}", f"{obj!s}", "%s %r" % (obj, obj), "{} {!r}".format(obj, obj))
class Child(OnlyRepr):
    pass
print(Child(), str(Child()))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class Nested:
    def __init__(self, children=()):
        self.children = list(children)
    def __repr__(self):
        return f"Nested({self.children!r})"
print(Nested([Nested(), Nested([Nested()])]))
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount, self.currency = amount, currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{format(self.amount, spec[:-1] or '')} {self.currency}"
        return format(str(self), spec)
m = Money(1234567.891)
print(m, repr(m), f"{m}", f"{m:>25}", f"{m:.1fc}", f"{m:c}", [m])
class ReprAscii:
    def __repr__(self):
        return "café ☕"
print(repr(ReprAscii()), ascii(ReprAscii()), [ReprAscii()], ascii([ReprAscii()]))
class StrSub(str):
    def __str__(self):
        return "StrSub.__str__"
    def __repr__(self):
        return "StrSub.__repr__"
s = StrSub("raw")
print(s, str(s), repr(s), f"{s}", "%s" % s, s + "!", [s])
class IntSub(int):
    def __repr__(self):
        return f"IntSub({int(self)})"
print(IntSub(5), str(IntSub(5)), repr(IntSub(5)), f"{IntSub(5)}", [IntSub(5)], "%d" % IntSub(5))
