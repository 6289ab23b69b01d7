# set/frozenset construction, repr, membership, mutation methods and their errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("empty", lambda: set())
t("empty fs", lambda: frozenset())
t("from list", lambda: set([3, 1, 2, 3, 1]))
t("from str", lambda: set("mississippi"))
t("from tuple", lambda: frozenset((5, 4, 3)))
t("from range", lambda: set(range(12)))
t("from dict", lambda: set({"x": 1, "y": 2, "z": 3}))
t("from gen", lambda: set(i * i for i in range(-4, 5)))
t("from set", lambda: set({1, 2}))
t("from fs", lambda: frozenset(frozenset({7, 8})))
t("literal", lambda: {1, 2, 3})
t("mixed", lambda: set([1, 1.0, True, 2, 2.5, "a", (1, 2)]))
t("comp", lambda: {c.upper() for c in "hello world" if c != " "})
t("set(1)", lambda: set(1))
t("set(1,2)", lambda: set(1, 2))
t("set(x=1)", lambda: set(x=1))
t("fs(1,2)", lambda: frozenset(1, 2))
t("fs(x=1)", lambda: frozenset(x=1))
t("unhashable item", lambda: set([[1]]))
t("unhashable literal", lambda: {1, [2]})
t("fs identity", lambda: (lambda f: frozenset(f) is f)(frozenset({1})))
t("set copy identity", lambda: (lambda s: s.copy() is s)({1}))
t("fs copy identity", lambda: (lambda f: f.copy() is f)(frozenset({1})))
t("hash set", lambda: hash({1}))
t("hash fs small", lambda: hash(frozenset({1, 2, 3})))
t("hash fs empty", lambda: hash(frozenset()))
t("hash fs ints", lambda: hash(frozenset(range(100))))
t("set __hash__", lambda: set.__hash__)
t("len", lambda: len({4, 5, 6}))
t("bool empty", lambda: bool(set()))
t("bool full", lambda: bool({0}))
for x in [1, 2, 1.0, 5, "a", (1, 2), frozenset({1}), {1}, [1], None]:
    t("in %r" % (x,), lambda: x in {1, "a", (1, 2), frozenset({1})})

s = set()
for i in range(10):
    s.add(i * 3)
print("built", s)
s.add(3)
print("readd", s, len(s))
s.discard(3)
s.discard(100)
print("discard", s)
t("remove missing", lambda: s.remove(100))
t("remove list", lambda: s.remove([1]))
t("discard list", lambda: s.discard([1]))
s.remove(0)
print("remove", s)
t("add no arg", lambda: s.add())
t("add two", lambda: s.add(1, 2))
t("pop arg", lambda: s.pop(1))
t("copy arg", lambda: s.copy(1))
t("fs copy arg", lambda: frozenset().copy(1))
t("union kw", lambda: s.union(x=1))
t("descr", lambda: set.add(frozenset(), 1))
popped = []
while s:
    popped.append(s.pop())
print("popped", popped)
t("pop empty", lambda: set().pop())
s = set(range(20))
s.clear()
print("cleared", s, len(s))
s.add("again")
print("after clear", s)

# sets of sets via frozenset keys
ss = {frozenset({1}), frozenset()}
print("fs in set", {1} in ss, set() in ss, {2} in ss)
ss.discard({1})
print("discard set key", ss)
ss.add(frozenset({3}))
ss.remove(set({3}))
print("remove set key", ss)

# iteration and mutation
it = iter({1, 2, 3})
print(type(it).__name__, next(it), next(it), next(it))
t("exhausted", lambda: next(it))
def mutate():
    s = set(range(5))
    for x in s:
        s.add(x + 100)
t("mutate during iter", mutate)
def mutate2():
    s = set(range(5))
    for x in s:
        s.discard(x)
t("shrink during iter", mutate2)
print(sorted({5, 3, 9, 1}), list({"only"}), tuple(frozenset({2})))

# subclasses
class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
m = MySet([3, 1])
print(repr(m), type(m).__name__, len(m), 1 in m)
print(repr(MySet()), repr(MyFrozen()), repr(MyFrozen("ab")))
print(type(m | {9}).__name__, type(m.copy()).__name__, type(MyFrozen([1]) & {1}).__name__)
print(type(MyFrozen([1]).copy()).__name__, MyFrozen([1]) == frozenset([1]))
class Loud(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
l = Loud([2, 1], "x")
print(l, l.tag)
m.add(10)
m.update([11, 12])
print(sorted(m))

# recursive repr
class Holder:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return "Holder(%r)" % (self.s,)
    def __hash__(self):
        return 7
rs = set()
rs.add(Holder(rs))
print(rs)
rm = MySet()
rm.add(Holder(rm))
print(rm)

# element equality via __eq__/__hash__
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "K%d" % self.v
ks = set()
for v in range(9):
    ks.add(Key(v))
ks.add(Key(4))
print(len(ks), Key(5) in ks, Key(50) in ks)
ks.discard(Key(5))
print(len(ks), Key(5) in ks)
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
t("bad hash add", lambda: {1}.add(BadHash()))
t("bad hash in", lambda: BadHash() in {1})
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise RuntimeError("no eq")
t("bad eq", lambda: {1, BadEq()})
t("bad eq in", lambda: BadEq() in {1})
