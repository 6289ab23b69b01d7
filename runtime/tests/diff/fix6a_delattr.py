# Deleting special attributes: __class__ and exception attributes refuse, an instance's
# __dict__ starts over empty, and __class__ assignment checks __slots__ and __dict__.
def attempt(label, fn):
    try:
        print(label, "ok", repr(fn()))
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
class A:
    pass
a = A()
a.x = 1
attempt("del __class__", lambda: delattr(a, "__class__"))
attempt("del __dict__", lambda: (delattr(a, "__dict__"), vars(a), a.__dict__)[1:])
a.y = 2
attempt("after del", lambda: vars(a))
attempt("del staticmethod __dict__", lambda: delattr(staticmethod(len), "__dict__"))
e = ValueError("x")
for name in ["args", "__cause__", "__context__", "__traceback__", "__suppress_context__"]:
    attempt(f"del exc {name}", lambda: delattr(e, name))
print(e.args, e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
class S3:
    __slots__ = ("x",)
class WithDict:
    pass
class SlotsAndDict:
    __slots__ = ("x", "__dict__")
s = S1()
s.x = 10
attempt("S1 -> S2", lambda: setattr(s, "__class__", S2))
attempt("S1 -> S3", lambda: (setattr(s, "__class__", S3), type(s).__name__, s.x)[1:])
attempt("S3 -> WithDict", lambda: setattr(s, "__class__", WithDict))
attempt("WithDict -> S1", lambda: setattr(WithDict(), "__class__", S1))
attempt("WithDict -> A", lambda: (lambda o: (setattr(o, "__class__", A), type(o).__name__)[1])(WithDict()))
attempt("S1 -> SlotsAndDict", lambda: setattr(S1(), "__class__", SlotsAndDict))
