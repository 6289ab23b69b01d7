# Equality and identity: NaN in containers, __eq__/__ne__/__hash__ interplay, truthiness of
# comparison results, chained comparisons and short-circuit evaluation.
nan = float("nan")
print([nan] == [nan], nan in [nan], {1: nan} == {1: nan}, (nan,) == (nan,), [nan].count(nan), [nan].index(nan), nan in {nan}, {nan: 1}[nan] if nan in {nan: 1} else "miss")
print([float("nan")] == [float("nan")], float("nan") in [float("nan")], {float("nan"), float("nan")}.__len__())
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq.__hash__, Eq(1) in [Eq(1)], [Eq(1)].index(Eq(1)), [Eq(1), Eq(2)].count(Eq(2)))
class Sub(Eq): pass
print(Sub.__hash__)
class Sub2(Eq):
    __hash__ = object.__hash__
print(Sub2.__hash__ is object.__hash__, hash(Sub2(1)) is not None)
class Raiser:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError("eq called")
d = {Raiser(): 1}
try:
    d[Raiser()]
except RuntimeError as e:
    print("RuntimeError", e)
r = Raiser()
d[r] = 2
print(d[r], len(d))
class AlwaysEq:
    def __eq__(self, o): return True
    __hash__ = None
print(AlwaysEq() == 1, 1 == AlwaysEq(), [1, 2].index(AlwaysEq()) if False else [AlwaysEq()].count(5), 5 in [AlwaysEq()], AlwaysEq() in [5])
class NE:
    def __ne__(self, o): return "custom ne"
print(NE() != 1, NE() == NE(), 1 != NE())
class Truthy:
    def __eq__(self, o): return "yes"
print(Truthy() == 1, Truthy() in [1], [Truthy()] == [1], (Truthy(),) == (2,), {1: Truthy()} == {1: 3})
class BadBoolEq:
    def __eq__(self, o): return BadBool()
class BadBool:
    def __bool__(self): raise ValueError("no bool")
try:
    print(BadBoolEq() in [1])
except ValueError as e:
    print("ValueError", e)
print(1 == 1.0 == True, "a" == "a" is not None, 1 < 2 > 0, [] is not [], not None == False)
a = [1, 2]
b = a
print(a is b, a == b[:], a is b[:], id(a) == id(b))
print(None == 0, None is None, type(None)() is None, bool(None), [None].count(None))
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2, (1 < 2) < 3)
print(1 or 0, 0 or [], [] or {} or "last", 1 and 2, 0 and 1/0, None and 1, "" or None, not [], not [0])
print((lambda: 1)() if 0 else "else", [i for i in range(5) if i % 2 if i > 1], 3 if 2 > 1 else 4 if 0 else 5)
def side(v, log):
    log.append(v)
    return v
log = []
res = side(1, log) < side(2, log) < side(0, log) < side(5, log)
print(res, log)
log = []
print(side(0, log) and side(1, log), side("", log) or side("z", log), log)
print(all(x > 0 for x in [1, 2, -1, 1/1]), any(x for x in [0, "", None, [0]]))
