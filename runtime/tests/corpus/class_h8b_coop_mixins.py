"""Cooperative multiple inheritance: a plugin-style widget toolkit."""


class Base:
    def __init__(self, **kwargs):
        self.log = []
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")

    def describe(self):
        return ["Base"]

    def render(self, depth=0):
        return " " * depth + type(self).__name__


class Sized(Base):
    def __init__(self, width=10, height=5, **kwargs):
        super().__init__(**kwargs)
        self.width = width
        self.height = height
        self.log.append(f"Sized({width}x{height})")

    def describe(self):
        return ["Sized"] + super().describe()

    def area(self):
        return self.width * self.height


class Colored(Base):
    def __init__(self, color="black", **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.log.append(f"Colored({color})")

    def describe(self):
        return ["Colored"] + super().describe()

    def render(self, depth=0):
        return super().render(depth) + f"[{self.color}]"


class Bordered(Sized):
    def __init__(self, border=1, **kwargs):
        super().__init__(**kwargs)
        self.border = border
        self.log.append(f"Bordered({border})")

    def describe(self):
        return ["Bordered"] + super().describe()

    def area(self):
        inner = super().area()
        return inner + 2 * self.border * (self.width + self.height) + 4 * self.border ** 2

    def render(self, depth=0):
        return super().render(depth) + "{" + str(self.border) + "}"


class Labeled(Base):
    def __init__(self, label="", **kwargs):
        super().__init__(**kwargs)
        self.label = label
        self.log.append(f"Labeled({label!r})")

    def describe(self):
        return ["Labeled"] + super().describe()

    def render(self, depth=0):
        return super().render(depth) + f"<{self.label}>"


class Button(Labeled, Bordered, Colored):
    def __init__(self, on_click=None, **kwargs):
        super().__init__(**kwargs)
        self.on_click = on_click
        self.log.append("Button")

    def describe(self):
        return ["Button"] + super().describe()

    def click(self):
        if self.on_click is None:
            return f"{self.label}: no handler"
        return self.on_click(self)


class IconButton(Button, Colored):
    def __init__(self, icon="*", **kwargs):
        super().__init__(**kwargs)
        self.icon = icon

    def render(self, depth=0):
        return self.icon + super().render(depth)


for cls in (Sized, Bordered, Button, IconButton):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

b = Button(label="OK", width=4, height=2, border=2, color="red",
           on_click=lambda w: f"clicked {w.label} ({w.color})")
print(b.log)
print(b.describe())
print(b.area())
print(b.render())
print(b.render(3))
print(b.click())

ib = IconButton(icon="@", label="Save")
print(ib.log)
print(ib.describe())
print(ib.render(1))
print(ib.click())
print(ib.area())

try:
    Button(label="x", shape="round")
except TypeError as e:
    print("TypeError:", e)

try:
    Button(label="x", shape="round", size=3, alpha=1)
except TypeError as e:
    print("TypeError:", e)

# super() with explicit arguments, skipping a level
class Loud(Button):
    def describe(self):
        return ["Loud"] + super(Button, self).describe()

print(Loud(label="L").describe())

# super() object introspection
s = super(Button, b)
print(type(s).__name__)
print(s.describe())
print(super(Labeled, b).render())

# consistent MRO failure
try:
    class Bad(Sized, Bordered):
        pass
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ chain cooperating
class Registry:
    registered = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.registered.append((cls.__name__, tag))


class Tracked:
    def __init_subclass__(cls, /, track=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tracked = track


class Plugin(Registry, Tracked):
    pass


class A(Plugin, tag="alpha", track=True):
    pass


class B(Plugin, tag="beta"):
    pass


class C(A):
    pass

print(Registry.registered)
print(A.tracked, B.tracked, C.tracked, Plugin.tracked)
try:
    class D(Plugin, colour=3):
        pass
except TypeError as e:
    print("TypeError:", e)

# Diamond with class attributes and method resolution
class W:
    name = "W"
    def who(self):
        return "W"

class X(W):
    def who(self):
        return "X>" + super().who()

class Y(W):
    name = "Y"
    def who(self):
        return "Y>" + super().who()

class Z(X, Y):
    def who(self):
        return "Z>" + super().who()

z = Z()
print(z.who(), z.name, Z.name)
print([k.__name__ for k in Z.mro()])
print(Z.__bases__ == (X, Y), Z.__base__.__name__)
for k in Z.__mro__:
    print(k.__name__, "who" in vars(k), "name" in vars(k))
