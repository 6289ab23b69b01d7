# Inheritance, method resolution order, super() in diamonds, overriding.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__], D().who(), D().chain())
print([k.__name__ for k in D.mro()])
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who(), E().chain())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
class X: pass
class Y: pass
class Z: pass
class P1(X, Y): pass
class P2(Y, Z): pass
class Q(P1, P2): pass
print([k.__name__ for k in Q.__mro__])
try:
    class R(P1, Y, X): pass
except TypeError as e:
    print("TypeError", e)
class Base:
    def __init__(self, name):
        self.name = name
        self.log = [f"Base.__init__({name})"]
    def describe(self):
        return f"{type(self).__name__}({self.name})"
class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        self.log.append("Child.__init__")
    def describe(self):
        return super().describe() + f"+{self.extra}"
c = Child("c", 42)
print(c.describe(), c.log, isinstance(c, Base), issubclass(Child, Base))
class Left:
    def __init__(self, **kw):
        print("  Left init", sorted(kw))
        super().__init__(**kw)
class Right:
    def __init__(self, **kw):
        print("  Right init", sorted(kw))
        super().__init__()
class Both(Left, Right):
    def __init__(self, **kw):
        print("  Both init")
        super().__init__(**kw)
Both(a=1, b=2)
class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __str__(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return 0.5 * self.b * self.h
for s in [Rect(2, 3), Square(4), Triangle(3, 5)]:
    print(s)
try:
    str(Shape())
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Square.__bases__, Square.__base__, Rect.__subclasses__())
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
class LoudCounter(Counter):
    def inc(self):
        print("  incrementing from", self.n)
        return super().inc()
lc = LoudCounter().inc().inc()
print(lc.n)
class M1:
    x = "M1"
class M2(M1):
    pass
class M3(M2):
    x = "M3"
print(M2.x, M3.x, M3.__mro__[1].x, super(M3, M3()).x)
print(object in D.__mro__, D.__mro__[-1] is object)
