# A class's own namespace: the __dict__/__weakref__ descriptors and where __doc__ goes,
# and the repr of super objects.


class Plain:
    pass


class Child(Plain):
    pass


class WithMethod:
    def method(self):
        return 1


class Slotted:
    __slots__ = ("a",)


class SlottedDict:
    __slots__ = ("a", "__dict__")


class AfterSlots(Slotted):
    pass


class MyError(Exception):
    pass


class MyList(list):
    pass


class Meta(type):
    pass


for cls in (Plain, Child, WithMethod, Slotted, SlottedDict, AfterSlots, MyError, MyList, Meta):
    print(cls.__name__, list(vars(cls)))

descr = Plain.__dict__["__dict__"]
print(type(descr).__name__, descr.__name__, descr.__objclass__ is Plain)
p = Plain()
p.x = 1
print(descr.__get__(p), p.__dict__ is not None, vars(p))
p.__dict__ = {"y": 2}
print(p.y, vars(p))
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    Slotted().__dict__
except AttributeError as e:
    print("AttributeError:", e)
print([k for k in WithMethod.__dict__ if not k.startswith("__")])
print(sorted(n for n in dir(Plain) if n in ("__dict__", "__weakref__", "__doc__")))


class Base:
    def who(self):
        return "Base"


class Mid(Base):
    def who(self):
        return "Mid>" + super().who()


class Leaf(Mid):
    def who(self):
        return "Leaf>" + super().who()

    def sup(self):
        return super()


print(Leaf().who())
print(repr(super(Mid, Leaf())))
print(repr(Leaf().sup()))
print(repr(super(Mid, Leaf)))
print(repr(super(Base)))
print(super(Mid, Leaf()).who())
