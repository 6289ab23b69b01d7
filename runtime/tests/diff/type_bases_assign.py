# Assigning __bases__: CPython's checks and messages, then new MROs for the class and
# its subclasses, with caches of the old lookups gone (hot methods called before and after).
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


def attempt(f):
    try:
        f()
        return "ok"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


def assign(cls, v):
    cls.__bases__ = v


c = C()
for _ in range(200):
    first = c.who()
for v in [[B], (), (1,), (C,), (int,), (B, B)]:
    print(attempt(lambda: assign(C, v)))


def delete():
    del C.__bases__


print(attempt(delete), attempt(lambda: assign(int, (object,))))


class S:
    __slots__ = ("a",)


print(attempt(lambda: assign(C, (S,))))


class D(C):
    pass


d = D()
print(first, d.who())
C.__bases__ = (B,)
print(C().who(), c.who(), d.who(), [k.__name__ for k in D.__mro__], C.__base__.__name__)
print([k.__name__ for k in B.__subclasses__()], [k.__name__ for k in A.__subclasses__()])
print(isinstance(d, B), isinstance(d, A), issubclass(D, B), issubclass(C, A))
calls = [c.who() for _ in range(300)]
print(calls[0], calls[-1], len(set(calls)))


class E(Exception):
    pass


print(attempt(lambda: assign(C, (E,))))


class F(A, B):
    pass


F.__bases__ = (B, A)
print([k.__name__ for k in F.__mro__], F().who())
print(attempt(lambda: assign(A, (F,))))


# A metaclass with its own mro() decides the new order too.
class Meta(type):
    def mro(cls):
        return [cls] + [k for k in super().mro() if k is not cls][::-1]


class G(A, metaclass=Meta):
    pass


print([k.__name__ for k in G.__mro__])
G.__bases__ = (B,)
print([k.__name__ for k in G.__mro__], G().who())

# A subclass whose MRO becomes impossible: nothing changes.
class P0:
    pass


class P(P0):
    pass


class Q(A, P):
    pass


print(attempt(lambda: assign(P, (A,))))
print([k.__name__ for k in P.__mro__], [k.__name__ for k in Q.__mro__], P.__bases__)
