"""Cooperative multiple inheritance: super() chains, kwargs threading, MRO printing."""


def mro_names(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)


class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")
        self.trail = ["Base"]
        super().__init__()

    def describe(self):
        return ["Base"]

    def save(self, store):
        store.append(("Base", type(self).__name__))


class Timestamped(Base):
    def __init__(self, *, created=0, **kwargs):
        super().__init__(**kwargs)
        self.created = created
        self.trail.append("Timestamped")

    def describe(self):
        return ["Timestamped"] + super().describe()

    def save(self, store):
        store.append(("Timestamped", self.created))
        super().save(store)


class Owned(Base):
    def __init__(self, *, owner="root", **kwargs):
        super().__init__(**kwargs)
        self.owner = owner
        self.trail.append("Owned")

    def describe(self):
        return ["Owned"] + super().describe()

    def save(self, store):
        store.append(("Owned", self.owner))
        super().save(store)


class Versioned(Base):
    def __init__(self, *, version=1, **kwargs):
        super().__init__(**kwargs)
        self.version = version
        self.trail.append("Versioned")

    def describe(self):
        return ["Versioned"] + super().describe()


class Document(Timestamped, Owned, Versioned):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title
        self.trail.append("Document")

    def describe(self):
        return ["Document"] + super().describe()


class Report(Owned, Timestamped):
    def describe(self):
        parts = super(Owned, self).describe()
        return ["Report(skip Owned)"] + parts


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass


class Meta(type):
    def mro(cls):
        default = super().mro()
        print(f"  computing MRO for {cls.__name__}")
        return default


class WithMeta(D, metaclass=Meta):
    pass


class Counter:
    count = 0

    def bump(self):
        type(self).count += 1
        return super().bump() if hasattr(super(), "bump") else self.count


class Left(Counter):
    def bump(self):
        return ("L", super().bump())


class Right(Counter):
    def bump(self):
        return ("R", super().bump())


class Both(Left, Right):
    pass


def main():
    doc = Document("spec", created=5, owner="ann", version=3)
    print(mro_names(Document))
    print(doc.trail, doc.title, doc.created, doc.owner, doc.version)
    print(doc.describe())
    store = []
    doc.save(store)
    print(store)
    try:
        Document("x", colour="red")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Document()
    except TypeError as e:
        print("TypeError:", e)
    print(mro_names(Report), Report(owner="bob").describe())
    print(mro_names(D), "|", mro_names(E))
    try:
        class F(D, E):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        class G(A, B):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        class H(A, A):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        class I(int, str):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        class J(bool):
            pass
    except TypeError as e:
        print("TypeError:", e)
    print(mro_names(WithMeta), WithMeta.mro()[0].__name__)
    print(Both().bump(), Both.count, Counter.count)
    print(D.__bases__, D.__base__, A.__subclasses__())
    print(super(D, D()).__thisclass__.__name__, type(super(B, D())).__name__)
    s = super(B, D())
    print(repr(s).split(" ")[0:3])
    try:
        super(B, A())
    except TypeError as e:
        print("TypeError:", e)
    try:
        super(B, 5)
    except TypeError as e:
        print("TypeError:", e)

    def outside():
        return super().describe()
    try:
        outside()
    except RuntimeError as e:
        print("RuntimeError:", e)

    class Prop:
        @property
        def name(self):
            return "prop-base"

    class PropChild(Prop):
        @property
        def name(self):
            return "child+" + super().name

    print(PropChild().name)

    class Cls:
        @classmethod
        def make(cls):
            return f"made {cls.__name__}"

    class SubCls(Cls):
        @classmethod
        def make(cls):
            return super().make() + " via SubCls"

    print(SubCls.make(), SubCls().make())
    print(int.__mro__, bool.__mro__, type.__mro__, object.__bases__)
    print(issubclass(D, (int, C)), isinstance(D(), (B, str)))
    D.__bases__ = (C, B)
    print("rebased:", mro_names(D))


main()
