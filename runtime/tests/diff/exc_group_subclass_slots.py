# An ExceptionGroup subclass with __slots__: its members work on instances made by
# the class call and by split()/derive(), and raising it still matches except*.
class EG(ExceptionGroup):
    __slots__ = ("x",)


e = EG("m", [ValueError(1), TypeError(2)])
e.x = 5
print(type(e).__name__, e.x, e.message, e.exceptions)
del e.x
try:
    e.x
except AttributeError as err:
    print("AttributeError", err)
match, rest = e.split(ValueError)
print(type(match).__name__, match.exceptions, type(rest).__name__, rest.exceptions)
try:
    raise EG("boom", [KeyError("k"), ValueError(3)])
except* KeyError as g:
    print("caught", type(g).__name__, g.exceptions)
except* ValueError as g:
    print("caught", type(g).__name__, g.exceptions)


class E2(Exception):
    __slots__ = ("a", "b")


e2 = E2("x")
e2.a, e2.b = 1, 2
print(e2.args, e2.a, e2.b)
