# random: randrange/randint/choice/shuffle agree with CPython for plain ints, other
# argument types, keywords, subclasses and instance overrides (Rust fast paths and the
# Python fallbacks), including argument errors.
import random


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


r = random.Random(77)
print([r.randrange(10) for _ in range(8)], [r.randrange(-5, 5) for _ in range(8)])
print([r.randrange(0, 100, 10) for _ in range(5)], [r.randrange(50, -50, -7) for _ in range(5)])
print([r.randrange(2 ** 64) for _ in range(3)], [r.randrange(-2 ** 70, 2 ** 70, 3) for _ in range(3)])
print([r.randrange(1, 2) for _ in range(3)], r.randrange(2 ** 63), r.randrange(2 ** 63 + 1))
print([r.randint(1, 6) for _ in range(10)], r.randint(-2 ** 65, 2 ** 65), r.randint(5, 5))
print(r.randrange(True), r.randrange(False, True), r.randint(True, 3))
print(r.randrange(10, step=1), r.randrange(start=3), r.randrange(1, stop=9), r.randrange(1, 9, step=2))
print(r.randrange(5, None), r.randrange(5, None, 1), r.randint(a=1, b=3))
print([r.choice("abcdefghij") for _ in range(10)], r.choice(range(1000)), r.choice((1, 2)))
print(r.choice([None]), r.choice(b"xyz"), r.choice(seq=[4, 5, 6]))
x = list(range(30))
r.shuffle(x)
print(x)
y = bytearray(b"abcdefgh")
r.shuffle(y)
print(y)
z = list("abc")
r.shuffle(x=z)
print(z)


class Seq:
    def __init__(self, n):
        self.items = list(range(n))

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i] * 10

    def __setitem__(self, i, v):
        self.items[i] = v // 10


s = Seq(12)
print(r.choice(s), [r.choice(s) for _ in range(5)])
r.shuffle(s)
print(s.items)
t("randrange no args", lambda: r.randrange())
t("randrange 4 args", lambda: r.randrange(1, 2, 3, 4))
t("randrange bad kw", lambda: r.randrange(1, x=2))
t("randint 1 arg", lambda: r.randint(1))
t("randint 3 args", lambda: r.randint(1, 2, 3))
t("randint float", lambda: r.randint(1, 2.5))
t("randint float ok", lambda: r.randint(1.0, 3.0))
t("randint empty", lambda: r.randint(3, 1))
t("randint str", lambda: r.randint("a", 2))
t("choice no args", lambda: r.choice())
t("choice empty", lambda: r.choice([]))
t("choice empty str", lambda: r.choice(""))
t("choice int", lambda: r.choice(5))
t("choice set", lambda: r.choice({1, 2}))
t("choice dict", lambda: r.choice({0: "a", 1: "b"}))
t("shuffle no args", lambda: r.shuffle())
t("shuffle tuple", lambda: r.shuffle((1, 2, 3)))
t("shuffle str", lambda: r.shuffle("abc"))
t("shuffle empty", lambda: r.shuffle([]))
t("randrange zero", lambda: r.randrange(0))
t("randrange neg", lambda: r.randrange(-3))
t("randrange empty", lambda: r.randrange(3, 3))
t("randrange big empty", lambda: r.randrange(2 ** 70, 5))
t("randrange step 0", lambda: r.randrange(1, 5, 0))
t("randrange wrong dir", lambda: r.randrange(1, 5, -1))
t("randrange step no stop", lambda: r.randrange(5, None, 2))
t("randrange float step", lambda: r.randrange(0, 10, 2.0))


class OnlyRandom(random.Random):
    def random(self):
        return 0.3


class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k > 1 else 0


class Range(random.Random):
    def randrange(self, start, stop=None, step=1):
        return ("mine", start, stop)


class Below(random.Random):
    def _randbelow(self, n):
        return n - 1


for cls in (OnlyRandom, Bits, Range, Below):
    g = cls(5)
    lst = list(range(6))
    g.shuffle(lst)
    print(cls.__name__, g.randrange(100), g.randint(1, 10), g.choice("abcdef"), lst)
g = random.Random(9)
g.getrandbits = lambda k: 0
print("instance override", g.randrange(10), g.choice("xyz"))
g = random.Random(9)
g._randbelow = lambda n: 1
print("instance randbelow", g.randrange(10), g.randint(1, 10), g.choice("xyz"))
random.seed(4)
print(random.randrange(100), random.randint(1, 10), random.choice("abc"))
lst = list(range(10))
random.shuffle(lst)
print(lst)
sr = random.SystemRandom()
print(0 <= sr.randrange(10) < 10, 1 <= sr.randint(1, 3) <= 3, sr.choice("q"))
