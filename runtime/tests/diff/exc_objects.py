# Exception objects: args with custom __init__/__new__, copy and pickle, Unicode errors, cause/context setters, the public attribute set.
import copy, pickle
class E(Exception):
    def __init__(self, a, b=2):
        self.a = a
class F(Exception):
    def __init__(self, *args):
        super().__init__("fixed")
e = E(1, b=3)
print(e.args, str(e), repr(e))
print(F(1, 2).args, repr(F(1, 2)))
x = ValueError(1, 2)
x.args = [3]
print(x.args, str(x))
print(repr(copy.copy(ValueError("c"))), repr(copy.deepcopy(KeyError("k"))))
print(repr(pickle.loads(pickle.dumps(ValueError("p", 1)))))
y = pickle.loads(pickle.dumps(OSError(2, "nf", "file")))
print(type(y).__name__, y.errno, y.filename, str(y))
class G(Exception):
    pass
g = G("x"); g.extra = 5
g2 = pickle.loads(pickle.dumps(g))
print(repr(g2), g2.extra)
print(ValueError.__reduce__(ValueError("r")))
print(repr(ValueError("a") == ValueError("a")), hash(ValueError) is not None)
print(BaseException.__new__(ValueError, 1, 2).args)
class H(Exception):
    def __new__(cls, *a):
        inst = super().__new__(cls, "new")
        return inst
print(H(1, 2).args)
print(ValueError.__name__, ValueError.__module__, ValueError.__qualname__)
print(isinstance(ValueError(), Exception), issubclass(ModuleNotFoundError, ImportError), FileNotFoundError.__mro__)
print(repr(UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad")), str(UnicodeEncodeError("ascii", "é", 0, 1, "nope")))
print(str(UnicodeTranslateError("é", 0, 1, "x")))
try:
    UnicodeDecodeError("a")
except TypeError as t:
    print(t)
print(repr(StopIteration(1, 2)), StopIteration(1, 2).value)
print(SystemExit("bye").code, repr(SystemExit()))
e = Exception("with tb")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = ValueError()
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)
try:
    e.__context__ = 5
except TypeError as t:
    print(t)
print(dir(ValueError("x"))[:5] if False else sorted(set(dir(ValueError("x"))) - set(dir(object()))))
u = UnicodeTranslateError("\u1234x", 0, 2, "why")
print(str(u), u.object, u.start, u.end, u.reason, u.encoding)
print(str(UnicodeTranslateError("\U0001F600", 0, 1, "emoji")))
try:
    UnicodeEncodeError("ascii", "x", 0, 1)
except TypeError as t:
    print(t)
s = ValueError("s")
s.__setstate__({"k": 1})
print(s.k, s.__dict__)
import builtins
for n in sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
                and issubclass(getattr(builtins, n), BaseException)):
    print(n, repr(getattr(builtins, n).__doc__))
class Plain(Exception):
    pass
print(Plain.__doc__, Plain().__doc__)
