# functools.cmp_to_key keys compare only with keys (TypeError otherwise) and share one type;
# decimal signals carry the list of trapped condition classes; copy treats weakrefs as atomic.
import copy
import decimal
import functools
import weakref

K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(3) != K(3), max([3, 1, 2], key=K))
for op in ("<", "==", ">="):
    try:
        eval("K(1) " + op + " 5")
    except TypeError as e:
        print(op, "TypeError:", e)
try:
    hash(K(1))
except TypeError as e:
    print("TypeError:", e)
K2 = functools.cmp_to_key(lambda a, b: b - a)
print(type(K) is type(K2), type(K(1)) is type(K2(1)), K(1) < K2(2), K2(1) < K(2))
print(K(7).obj, type(K).__name__)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))

ctx = decimal.Context(prec=5, traps=[decimal.Inexact, decimal.DivisionByZero])
for a, b in [(1, 3), (1, 0)]:
    try:
        ctx.divide(decimal.Decimal(a), decimal.Decimal(b))
    except decimal.DecimalException as e:
        print(type(e).__name__, repr(e), e.args, type(e.args[0]).__name__)
try:
    decimal.Decimal("abc")
except decimal.InvalidOperation as e:
    print(repr(e), e.args[0][0] is decimal.ConversionSyntax)


class W:
    pass


w = W()
r = weakref.ref(w)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r, r])[1] is r)
d = copy.deepcopy({"ref": r, "n": [1]})
print(d["ref"]() is w, d["n"])
