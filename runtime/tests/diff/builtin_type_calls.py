# Calling builtin types: the native __new__ is found once per type and then called
# directly; every form and error must stay CPython's, on the first call and later ones.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for round_ in range(3):
    print(round_, list(range(3)), list(range(1, 9, 3)), attempt(lambda: range()))
    print(attempt(lambda: range(1.5)), attempt(lambda: range(1, 2, 0)))
    print(attempt(lambda: range(stop=3)), attempt(lambda: range(1, 2, 3, 4)))
    print(int(), int("12"), int("ff", 16), int("z", base=36), attempt(lambda: int("x")))
    print(attempt(lambda: int(1, 2)), attempt(lambda: int(x=1)))
    print(float("1.5"), str(), str(b"ab", "ascii"), str(object=5), attempt(lambda: str(1, 2)))
    print(list(enumerate("ab", start=3)), list(enumerate("ab", 1)), attempt(lambda: enumerate()))
    print(list(zip("ab", "cd")), attempt(lambda: list(zip("a", "bc", strict=True))))
    print(bool(), bool([1]), complex(1, 2), bytes(3), bytearray(b"x"), slice(2), frozenset())
    print(tuple(), tuple("ab"), tuple("a", ) if round_ else tuple(), attempt(lambda: tuple(1, 2)))
    print(list(reversed([1, 2])), list(map(abs, [-1])), list(filter(None, [0, 1])))
    print(attempt(lambda: object(1)), type(object()).__name__, type(5).__name__)
    print(memoryview(b"abc")[1], property().fget, staticmethod(len).__func__ is len)

# A subclass of a builtin type still runs its own __new__ and __init__.
class R(int):
    def __new__(cls, v):
        print("R.__new__", v)
        return super().__new__(cls, v * 2)


class E(enumerate):
    def __init__(self, it):
        print("E.__init__")


print(R(4), list(E("xy")))
