"""A small spreadsheet-like evaluator driven by the operator module."""
import operator as op
from operator import attrgetter, itemgetter, methodcaller


class Address:
    def __init__(self, city, zipcode):
        self.city = city
        self.zip = zipcode


class Person:
    def __init__(self, name, age, city, zipcode):
        self.name = name
        self.age = age
        self.address = Address(city, zipcode)

    def greet(self, greeting="Hello", punct="."):
        return f"{greeting}, {self.name}{punct}"

    def __repr__(self):
        return f"Person({self.name!r})"


people = [
    Person("ana", 31, "Lisbon", "1000"),
    Person("ben", 25, "Porto", "4000"),
    Person("cara", 31, "Braga", "4700"),
    Person("dan", 19, "Lisbon", "1100"),
]

city = attrgetter("address.city")
name_city = attrgetter("name", "address.city", "address.zip")
print(repr(city), repr(name_city))
print([city(p) for p in people])
print(name_city(people[0]))
print(sorted(people, key=attrgetter("age", "name")))
print(sorted(people, key=attrgetter("address.city", "address.zip"), reverse=True))
try:
    attrgetter("address.country")(people[0])
except AttributeError as e:
    print(type(e).__name__, e)
for bad in [lambda: attrgetter(5), lambda: attrgetter(), lambda: itemgetter()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

hello = methodcaller("greet")
hey = methodcaller("greet", "Hey", punct="!")
print(repr(hello), repr(hey))
print([hey(p) for p in people[:2]], hello(people[3]))
try:
    methodcaller("nope")(people[0])
except AttributeError as e:
    print(type(e).__name__, e)
try:
    methodcaller(42)
except TypeError as e:
    print(type(e).__name__, e)

ig = itemgetter(2, 0)
print(repr(ig), repr(itemgetter("k")), repr(itemgetter(slice(1, None))))
print(ig("abc"), itemgetter("k")({"k": 7}))
try:
    itemgetter(9)([1, 2])
except IndexError as e:
    print(type(e).__name__, e)
try:
    itemgetter("missing")({})
except KeyError as e:
    print(type(e).__name__, e)

# a formula evaluator using operator tables
BINARY = {
    "+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv,
    "%": op.mod, "**": op.pow, "&": op.and_, "|": op.or_, "^": op.xor,
    "<<": op.lshift, ">>": op.rshift, "==": op.eq, "!=": op.ne, "<": op.lt,
    "<=": op.le, ">": op.gt, ">=": op.ge, "@": op.matmul,
}
UNARY = {"neg": op.neg, "pos": op.pos, "inv": op.invert, "not": op.not_,
         "abs": op.abs, "truth": op.truth, "index": op.index}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in BINARY:
            b, a = stack.pop(), stack.pop()
            stack.append(BINARY[tok](a, b))
        elif tok in UNARY:
            stack.append(UNARY[tok](stack.pop()))
        else:
            stack.append(int(tok))
    return stack.pop()

for expr in ["3 4 + 2 *", "7 2 //", "7 2 /", "-7 2 %", "2 10 **", "6 3 & 1 |",
             "5 neg abs", "1 4 <<", "9 inv", "0 not", "3 3 ==", "2 3 >=",
             "1 0 /", "2 3 @", "5 index", "12 5 ^ 2 >>"]:
    try:
        print(f"{expr:14} => {rpn(expr)!r}")
    except Exception as e:
        print(f"{expr:14} => {type(e).__name__}: {e}")

# sequence helpers
data = [3, 1, 3, 2, 3]
print(op.countOf(data, 3), op.indexOf(data, 2), op.contains(data, 5), op.concat([1], [2]))
try:
    op.indexOf(data, 99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    op.concat(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(op.length_hint([1, 2]), op.length_hint(iter(range(7))), op.length_hint(x for x in "ab"), op.length_hint(object(), 4))
d = {"a": 1}
op.setitem(d, "b", 2); op.delitem(d, "a")
print(d, op.getitem("hello", slice(1, 3)), op.is_(None, None), op.is_not(1, None))
lst = [1]
lst2 = op.iadd(lst, [2])
print(lst2 is lst, lst, op.iadd((1,), (2,)), op.imul("ab", 2), op.ipow(2, 5), op.ior({1}, {2}))
print(op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 2), op.isub(7, 2), op.ilshift(1, 3), op.iconcat([0], (1,)))
print(op.__name__, op.add.__name__, op.attrgetter.__name__, op.lt(1, 2), op.index(True))
try:
    op.index(2.5)
except TypeError as e:
    print(type(e).__name__, e)
print(op.call(max, 1, 5, 2) if hasattr(op, "call") else "no call in 3.11")
