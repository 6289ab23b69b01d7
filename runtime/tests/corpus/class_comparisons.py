# Rich comparisons: reflection, NotImplemented fallbacks, total ordering by hand, identity fallback.
log = []
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(f"A.__eq__({self.v})")
        return NotImplemented
    def __lt__(self, o):
        log.append(f"A.__lt__({self.v})")
        return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(f"B.__eq__({self.v})")
        return self.v == o.v
    def __gt__(self, o):
        log.append(f"B.__gt__({self.v})")
        return self.v > o.v
a, b = A(1), B(1)
print(a == b, log); log.clear()
print(b == a, log); log.clear()
print(a < b, log); log.clear()
print(a != b, log); log.clear()
a2 = A(2)
print(a == a2, log); log.clear()
print(a == a, log); log.clear()
try:
    a < a2
except TypeError as e:
    print("TypeError", e, log); log.clear()
class Base:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return f"Base.__lt__"
class Derived(Base):
    def __gt__(self, o):
        return f"Derived.__gt__ (reflected, subclass priority)"
print(Base(1) < Derived(2))
print(Derived(1) < Base(2))
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs), vs[1] == vs[4], vs[0] > vs[1], Version("2.0") >= Version("2.0"))
print(len(set(vs)), Version("1.0") != Version("1.0"), Version("1.0") != Version("1.1"))
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) == 1)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError", e)
class NeOverride:
    def __eq__(self, o): return True
    def __ne__(self, o): return "custom ne"
print(NeOverride() != 1, NeOverride() == 1)
class Weird:
    def __eq__(self, o): return "truthy string"
    def __lt__(self, o): return 0
print(Weird() == 1, Weird() < 1, [Weird()] == [1], Weird() in [1], bool(Weird() < 1))
class Stubborn:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try:
    Stubborn() < Stubborn()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([Stubborn(), Stubborn()])
except TypeError as e:
    print("TypeError", e)
class Card:
    order = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, o):
        return (self.order.index(self.rank), self.suit) < (self.order.index(o.rank), o.suit)
    def __eq__(self, o):
        return (self.rank, self.suit) == (o.rank, o.suit)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in "KH 2C AS TD 2D 9S".split()]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True)[:2])
print(Card("AS") in hand, hand.index(Card("TD")), hand.count(Card("2C")))
