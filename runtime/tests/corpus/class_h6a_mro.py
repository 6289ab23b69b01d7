# Multiple inheritance, super(), classmethod/staticmethod, __init_subclass__, metaclasses.
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        Base.registry.append(cls.__name__)

    def hello(self):
        return ["Base"]

    @classmethod
    def make(cls, *args):
        return cls(*args)

    @staticmethod
    def util(x):
        return x * 2

class Left(Base, tag="L"):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right, tag="kid"):
    def hello(self):
        return ["Child"] + super().hello()

print([c.__name__ for c in Child.__mro__])
print(Child().hello(), Child.tag, Left.tag, Right.tag, Base.registry)
print(Child.make().hello()[0], Child.util(4), Child().util(5), type(Child.__dict__.get("make")))
print(super(Left, Child()).hello(), super(Child, Child).hello(Child()))

class A:
    def __init__(self, **kw):
        print("A init", sorted(kw))
        super().__init__()
class B(A):
    def __init__(self, b=0, **kw):
        print("B init", b)
        super().__init__(**kw)
class C(A):
    def __init__(self, c=0, **kw):
        print("C init", c)
        super().__init__(**kw)
class D(B, C):
    def __init__(self, **kw):
        print("D init")
        super().__init__(**kw)
D(b=1, c=2, z=3)
print([k.__name__ for k in D.mro()])

try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError", e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = [k for k, v in ns.items() if isinstance(v, int) and not k.startswith("_")]
        return cls
    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.stamp = len(args)
        return inst
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __len__(cls):
        return len(cls.fields)
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Model(metaclass=Meta):
    x = 1
    y = 2
    _hidden = 3
    def __init__(self, *a):
        self.a = a

class Sub(Model):
    z = 5

m = Sub(1, 2, 3)
print(Model, Sub, len(Sub), Sub.fields, Model.fields, m.stamp, m.created_by, type(Sub).__name__, Sub.upper_name)
print(isinstance(Sub, Meta), isinstance(m, Model), type(Model) is Meta, Meta.__mro__[-1])

Dyn = type("Dyn", (Left,), {"extra": 42, "hello": lambda self: ["Dyn"] + super(Dyn, self).hello()})
print(Dyn().hello(), Dyn.extra, Dyn.tag, Dyn.__name__, Dyn.__bases__, Dyn.__qualname__)
Other = Meta("Other", (), {"q": 9})
print(Other, Other.fields, Other().stamp)

class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def reset(cls):
        old, cls.count = cls.count, 0
        return old
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.count, SubCounter.count, SubCounter.reset(), SubCounter.count, Counter.count)

class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circ(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Sq(2), Circ(1), Shape()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError", e)

print(Sq.__dict__["area"].__qualname__, Shape.describe.__qualname__, Sq(1).area.__self__.s, Sq.area.__name__)
print(hasattr(Sq(1).area, "__func__"), Sq(3).area.__func__ is Sq.area, callable(Sq), vars(Sq(4)))
class WithSlots(Base):
    __slots__ = ()
print(WithSlots.tag, issubclass(WithSlots, (int, Base)), isinstance(WithSlots(), (str, (int, Base))))
print(object.__subclasses__ is not None, [c.__name__ for c in Left.__subclasses__()])
