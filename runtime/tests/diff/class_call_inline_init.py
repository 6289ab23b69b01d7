# Calls of classes (plain ones: object.__new__ and a Python __init__, and every way a
# class stops being plain), and every way __init__ can end, as CPython shows them.
import abc
import sys
import traceback


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


class Q(P):
    pass


def make_many():
    total = 0
    for i in range(300):
        p = P(i)
        q = Q(i, 1)
        total += p.x + p.y + q.y
    print("made", total)


class ReturnsValue:
    def __init__(self):
        return 5


class Raises:
    def __init__(self, v):
        if v:
            raise ValueError("bad " + str(v))
        self.v = v


class CallerLine:
    def __init__(self):
        f = sys._getframe(1)
        self.where = (f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno)


def who_made():
    return CallerLine().where


class NewOverride:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


class Abstract(abc.ABC):
    def __init__(self):
        pass

    @abc.abstractmethod
    def f(self):
        pass


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


class Changing:
    def __init__(self):
        self.kind = "first"


def changing_init():
    out = []
    for i in range(6):
        if i == 3:
            def second(self, extra="x"):
                self.kind = "second" + extra
            Changing.__init__ = second
        out.append(Changing().kind)
    del Changing.__init__
    out.append(type(Changing()).__name__)
    print(out)


class GenInit:
    def __init__(self):
        yield 1


class StaticInit:
    @staticmethod
    def __init__(*a):
        print("static init", len(a))


def endings():
    try:
        ReturnsValue()
    except TypeError as e:
        print("TypeError", e)
    for v in (0, 3):
        try:
            print("made", Raises(v).v)
        except ValueError as e:
            tb = traceback.extract_tb(e.__traceback__)
            print("ValueError", e, [fr.name for fr in tb])
    try:
        P()
    except TypeError as e:
        print("TypeError", e)
    try:
        P(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
    try:
        P(1, z=3)
    except TypeError as e:
        print("TypeError", e)
    try:
        GenInit()
    except TypeError as e:
        print("TypeError", e)
    StaticInit()
    print(who_made())


def not_plain():
    print(NewOverride(1).a, WithMeta(2).a)
    try:
        Abstract()
    except TypeError as e:
        print("TypeError", e)
    try:
        Deep(100000)
    except RecursionError:
        print("RecursionError")
    print(Deep(3).child.child.child.child)


make_many()
endings()
not_plain()
changing_init()


# Inherited __init__, __slots__, builtin bases and *args: each class call in a hot loop.
class Base:
    def __init__(self, a, b=10):
        self.total = a + b


class Derived(Base):
    pass


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self, p, q):
        self.p = p
        self.q = q


class MyList(list):
    def __init__(self, n):
        super().__init__(range(n))


class Star:
    def __init__(self, *a, **k):
        self.n = len(a) + len(k)


class Weird:
    def __init__(self):
        return None


def many():
    acc = 0
    for i in range(200):
        acc += Derived(i).total + Derived(i, 1).total
        s = Slotted(i, -i)
        acc += s.p + s.q + len(MyList(i % 5)) + Star(i, i, k=1).n
        Weird()
    return acc


print(many())
try:
    Derived()
except TypeError as e:
    print(e)
try:
    Slotted(1)
except TypeError as e:
    print(e)
