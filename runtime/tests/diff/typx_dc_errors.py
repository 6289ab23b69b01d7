import abc
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, FrozenInstanceError


def attempt(label, fn):
    try:
        r = fn()
        print(f"{label}: ok {r!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


def non_default_after_default():
    @dataclass
    class A:
        x: int = 1
        y: int
    return A


def inherited_default_order():
    @dataclass
    class Base:
        x: int = 0

    @dataclass
    class Child(Base):
        y: str
    return Child


def inherited_with_kw_only():
    @dataclass
    class Base:
        x: int = 0

    @dataclass(kw_only=True)
    class Child(Base):
        y: str
    return Child(y="a"), Child(5, y="b")


def mutable_default():
    @dataclass
    class M:
        items: list = []
    return M


def mutable_dict_default():
    @dataclass
    class M:
        items: dict = {}
    return M


def mutable_set_default():
    @dataclass
    class M:
        items: set = set()
    return M


def both_defaults():
    return field(default=1, default_factory=list)


def frozen_from_nonfrozen():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int
    return B


def nonfrozen_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int
    return B


def order_without_eq():
    @dataclass(order=True, eq=False)
    class O:
        x: int
    return O


def order_overwrite():
    @dataclass(order=True)
    class O:
        x: int

        def __lt__(self, other):
            return True
    return O


def field_without_annotation():
    @dataclass
    class F:
        x: int
        y = field(default=3)
    return F


def double_kw_only():
    @dataclass
    class K:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
    return K


def initvar_no_default():
    @dataclass
    class I:
        x: int
        scale: InitVar[int]

        def __post_init__(self, scale):
            self.x *= scale
    return I(3, 4), I(2, scale=5)


def initvar_missing_post_init_arg():
    @dataclass
    class I:
        x: int
        scale: InitVar[int] = 2

        def __post_init__(self):
            pass
    return I(1)


def frozen_set_and_delete():
    @dataclass(frozen=True)
    class P:
        x: int
        y: int = 0
    p = P(1)
    out = []
    for op in (lambda: setattr(p, "x", 2), lambda: delattr(p, "y"), lambda: setattr(p, "z", 3)):
        try:
            op()
        except FrozenInstanceError as e:
            out.append(str(e))
    return out, p


def frozen_post_init_set():
    @dataclass(frozen=True)
    class P:
        x: int
        double: int = field(init=False)

        def __post_init__(self):
            object.__setattr__(self, "double", self.x * 2)
    return P(4)


def unhashable():
    @dataclass
    class U:
        x: int
    return hash(U(1))


def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class U:
        x: int

        def __hash__(self):
            return 1
    return U


def abstract_dataclass():
    @dataclass
    class Shape(abc.ABC):
        name: str

        @abc.abstractmethod
        def area(self) -> float: ...

    @dataclass
    class Square(Shape):
        side: float = 1.0

        def area(self):
            return self.side ** 2

    try:
        Shape("s")
    except TypeError as e:
        print("   ", e)
    return Square("sq", 3.0), Square("sq").area(), Square.__abstractmethods__


def missing_args():
    @dataclass
    class R:
        a: int
        b: str
        c: float = 0.0
    return R(1)


def unexpected_kw():
    @dataclass
    class R:
        a: int
    return R(1, b=2)


def replace_nonfield():
    @dataclass
    class R:
        a: int
    return dataclasses.replace(R(1), z=3)


def fields_of_non_dc():
    return dataclasses.fields(int)


def asdict_of_class():
    @dataclass
    class R:
        a: int
    return dataclasses.asdict(R)


def default_factory_init_false():
    counter = iter(range(100))

    @dataclass
    class C:
        ident: int = field(default_factory=lambda: next(counter), init=False)
        name: str = "x"
    return [C(), C("y"), C()]


def slots_no_dict():
    @dataclass(slots=True)
    class S:
        a: int
        b: int = 2
    s = S(1)
    try:
        s.c = 3
    except AttributeError as e:
        print("   ", e)
    return s, S.__slots__, hasattr(s, "__dict__")


def slots_with_defaults_in_subclass():
    @dataclass(slots=True)
    class S:
        a: int

    @dataclass(slots=True)
    class T(S):
        b: int = 5
    return T(1), T.__slots__


for name, fn in list(globals().items()):
    if callable(fn) and getattr(fn, "__module__", None) == "__main__" and name not in ("attempt",):
        attempt(name, fn)
