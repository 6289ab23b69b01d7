# Container protocols: old-style __getitem__ iteration, __reversed__, __contains__, __len__, __bool__, __index__.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
    def __len__(self):
        return self.n

sq = Squares(6)
print(list(sq), 16 in sq, 17 in sq, list(reversed(sq)), sq[-1], sq[1:5], sq[::-2], len(sq), bool(Squares(0)))
print(sorted(sq, reverse=True), sum(sq), max(sq), list(enumerate(sq))[:2], dict(zip("ab", sq)), [*sq][-2:])
it = iter(sq)
print(type(it).__name__, next(it), next(it), list(it))

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return chr(ord("a") + i)
print(list(OnlyGetitem()), "b" in OnlyGetitem(), "".join(OnlyGetitem()))
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print("TypeError", e)
try:
    len(OnlyGetitem())
except TypeError as e:
    print("TypeError", e)

class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __iter__(self):
        print("  (iter called)")
        return iter(self.cards)
    def __reversed__(self):
        print("  (reversed called)")
        return reversed(self.cards)
    def __contains__(self, card):
        print("  (contains called)")
        return card.upper() in self.cards
    def __bool__(self):
        print("  (bool called)")
        return bool(self.cards)
d = Deck()
print("2h" in d, list(reversed(d))[:2], len(d))
print(not d, "yes" if d else "no")
for card in d:
    pass
print(list(d)[:2])

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(3)), not Sized(0))
for bad in [-1, 2**70, 1.5]:
    try:
        len(Sized(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcd"[i:], range(10)[Idx(3)], hex(Idx(255)), bin(i), oct(Idx(8)), [1, 2, 3, 4][Idx(1):Idx(3)], (5).__pow__(Idx(2)) if False else 25)
print(bytes(Idx(3)) if False else b"\x00" * i, "ab" * Idx(3), [0] * Idx(2), int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__", operator_index := i.__index__())
try:
    int(Idx(7))
except TypeError as e:
    print("TypeError", e)

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
    def __length_hint__(self):
        return self.current
c = Countdown(4)
print(list(c), list(c), next(iter(Countdown(2))))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]
    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value
    def __delitem__(self, key):
        print("delete", key)
    def __iter__(self):
        return (v for row in self.rows for v in row)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    __hash__ = None
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 9
del m[1, ::2]
print(m[0, 1], m[1, 0], list(m), m == Matrix([[1, 9], [3, 4]]), Matrix.__hash__)
try:
    m[0]
except TypeError as e:
    print("TypeError", e)

class Base:
    def __eq__(self, other):
        return "Base.eq"
class Derived(Base):
    def __eq__(self, other):
        return "Derived.eq"
    def __hash__(self):
        return 1
print(Base() == Derived(), Derived() == Base(), Base.__hash__, Derived.__hash__ is not None)
class NumLike:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"NumLike.add({o!r})"
    def __radd__(self, o):
        return f"NumLike.radd({o!r})"
class SubNum(NumLike):
    def __radd__(self, o):
        return f"SubNum.radd({getattr(o, 'v', o)!r})"
print(NumLike(1) + SubNum(2), 5 + NumLike(1), NumLike(1) + 5, [1] + [2])
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Lt({self.v})"
print(sorted([Lt(3), Lt(1), Lt(2)]), Lt(1) > Lt(0), max(Lt(4), Lt(9)))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print("TypeError", e)
