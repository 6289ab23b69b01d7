import operator
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

rows = [
    {"name": "ann", "dept": "eng", "age": 31, "pay": 120},
    {"name": "bob", "dept": "ops", "age": 45, "pay": 95},
    {"name": "cy", "dept": "eng", "age": 28, "pay": 130},
    {"name": "dee", "dept": "hr", "age": 45, "pay": 80},
]
print([r["name"] for r in sorted(rows, key=itemgetter("age", "name"))])
print(list(map(itemgetter("name", "pay"), rows)))
print(itemgetter(1)("abc"), itemgetter(slice(1, 3))("abcdef"), itemgetter(0, -1)([1, 2, 3]))
Emp = namedtuple("Emp", "name addr")
Addr = namedtuple("Addr", "city zip")
es = [Emp("z", Addr("Oslo", "0150")), Emp("a", Addr("Bergen", "5003")), Emp("m", Addr("Oslo", "0010"))]
print([e.name for e in sorted(es, key=attrgetter("addr.city", "addr.zip"))])
print(attrgetter("name")(es[0]), attrgetter("addr.city", "name")(es[1]))
print(list(map(methodcaller("upper"), ["ab", "cd"])), methodcaller("split", ",", 1)("a,b,c"), methodcaller("replace", "a", b="x") if False else "")
print(methodcaller("strip", "x")("xxhixx"), methodcaller("rjust", 5, "*")("ab"))
print(repr(itemgetter(1, 2)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.rshift(64, 2), operator.pow(2, 10))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("xyz", "z"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 7))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(5), operator.matmul if hasattr(operator, "matmul") else None)
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y is x, operator.iconcat([0], [1]), operator.imul([1], 3), operator.ipow(2, 5))
s = "ab"
print(operator.iadd(s, "c"), s)
print(operator.__add__(1, 2), operator.call(len, "abc") if hasattr(operator, "call") else "nocall")
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    itemgetter("zz")({"a": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    attrgetter("nope")(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
inventory = [("apple", 3), ("banana", 2), ("pear", 5), ("orange", 1)]
print(sorted(inventory, key=itemgetter(1), reverse=True), max(inventory, key=itemgetter(1)))
from functools import reduce
print(reduce(operator.mul, range(1, 8)), reduce(operator.or_, [1, 2, 4, 8]), sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(list(map(operator.sub, [10, 20], [1, 2])), sorted(["bb", "a", "ccc"], key=len), list(filter(operator.truth, [0, 1, "", "x", None])))
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __iadd__(self, o):
        self.v += o.v * 10
        return self
    def __repr__(self): return f"V({self.v})"
a = V(1)
print(operator.add(a, V(2)), operator.iadd(a, V(2)), a)
