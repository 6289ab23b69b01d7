# Special methods CPython's builtin types have: int/float __divmod__/__rdivmod__,
# str/bytes/bytearray __rmod__, list __reversed__, Fraction real/imag/conjugate.
from fractions import Fraction
import datetime

print((7).__divmod__(2), (7).__rdivmod__(2), (-7).__divmod__(2), (7).__divmod__(-2))
print((10**30).__divmod__(7), (7).__divmod__(10**30), True.__divmod__(2), int.__divmod__(9, 4))
print((7).__divmod__(2.0), (7).__rdivmod__(2.5), (2).__divmod__("x"))
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (-7.5).__divmod__(2), (7.0).__divmod__(-0.5))
print((7.5).__divmod__(True), (1.0).__divmod__("x"), float.__rdivmod__(2.0, 9))
for x, y in [(5, 0), (5.0, 0), (5, 0.0)]:
    try:
        x.__divmod__(y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2**70, 3), divmod(True, 2))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __rdivmod__(self, other):
        return ("rdivmod", other)

    def __divmod__(self, other):
        return ("divmod", other)


print(divmod(3, Money(1)), divmod(2.5, Money(1)), divmod(Money(1), 3))


class Cents(int):
    def __divmod__(self, other):
        return ("Cents", int(self), other)


print(divmod(Cents(7), 2), Cents(7).__rdivmod__(100))
print(str.__rmod__("x", "%s!"), "%s".__rmod__(5), "b".__rmod__("a%s"), "%d%%" % 5)
print(bytes.__rmod__(b"x", 1), b"q".__rmod__(b"<%s>"), b"q".__rmod__(bytearray(b"%s")))
print(bytearray(b"q").__rmod__(bytearray(b"[%s]")), bytearray(b"q").__rmod__(b"%s"))
for expr in ("5 % 'x'", "5 % b'x'", "[] % 'x'", "5 % bytearray()"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
r = [1, 2, 3].__reversed__()
print(list(r), list([].__reversed__()), "__reversed__" in dir(list), hasattr((), "__reversed__"))
lst = [1, 2, 3]
it = lst.__reversed__()
print(next(it))
lst.pop()
print(list(it), list(reversed(lst)), list(reversed(["a"])))


class Stack(list):
    pass


print(list(reversed(Stack([1, 2, 3]))), list(Stack("ab").__reversed__()))
f = Fraction(3, 4)
print(f.real, f.imag, f.conjugate(), type(f.real).__name__, Fraction(-5, 2).real, Fraction(7).imag)
print(complex(f), abs(-f), f.real + f.imag, [x.real for x in (f, 2, 2.5, 1 + 2j)])
td = datetime.timedelta(hours=5)
print(divmod(td, datetime.timedelta(hours=2)), td.__rdivmod__(datetime.timedelta(hours=11)), td.__rdivmod__(3))
for args in ([1], [1, 2]):
    try:
        list(zip(*args, strict=True, extra=1))
    except TypeError as e:
        print("TypeError:", e)
try:
    zip([1], extra=1)
except TypeError as e:
    print("TypeError:", e)
print(list(zip([1, 2], "ab", strict=True)))
