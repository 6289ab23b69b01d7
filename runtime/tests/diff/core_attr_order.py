# Instance attributes versus data descriptors, including descriptors added after the fact.
class Base:
    pass

class Child(Base):
    def __init__(self):
        self.x = 1

c = Child()
print(c.x)
# A property added to a base class later takes precedence over the instance attribute.
Base.x = property(lambda self: "property wins")
print(c.x)
try:
    c.x = 5
except AttributeError as e:
    print("AttributeError", e)
del Base.x
print(c.x)
c.x = 7
print(c.x, c.__dict__)

class D:
    def __get__(self, obj, owner):
        return "descriptor"
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value

class E:
    pass

e = E()
e.attr = "instance"
print(e.attr)
E.attr = D()
print(e.attr)
e.attr = 42
print(e.__dict__)
del E.attr
print(e.attr)
# Non-data descriptors (plain functions) lose to instance attributes.
class F:
    def m(self):
        return "method"
f = F()
print(f.m())
f.m = lambda: "instance callable"
print(f.m())
print(type(f).__dict__["m"](f))
# __class__ and __dict__ keep working.
print(f.__class__.__name__, sorted(f.__dict__))
class G:
    __slots__ = ("a",)
g = G()
g.a = 3
print(g.a)
try:
    g.b = 1
except AttributeError as e:
    print("AttributeError", e)
