"""type(x) specialised as a builtin type call: metaclasses (never initialised again), ABCs,\nenums, type(type), three-argument type() and type() without arguments at the same site kinds."""
import abc, enum
class M(type):
    def __init__(cls, *a):
        print("M.__init__ called", len(a))
        super().__init__(*a)
class X(metaclass=M): pass
class Ab(abc.ABC): pass
class Co(enum.Enum):
    R = 1
def f():
    r = None
    for i in range(80):
        r = (type(1), type("a"), type(X), type(X()), type(Ab), type(Co.R), type(type), type(None))
    return r
print(f())
def g():
    for i in range(60):
        T = type("T", (), {"a": i})
    return T.a, type(T)
print(g())
def h():
    for i in range(60):
        try:
            type()
        except TypeError as e:
            m = str(e)
    return m
print(h())
