import typing
import pickle
import collections
from typing import NamedTuple, TypedDict, NewType, cast, overload, Final, Literal, Required, NotRequired, Optional, get_type_hints


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 1000.0

    def raise_pay(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

    @property
    def tag(self):
        return f"{self.name}@{self.dept}"

    def __repr__(self):
        return f"<Emp {self.name}>"


e = Employee("ann")
print(e, tuple(e), e.tag, e.raise_pay(10), e.raise_pay(10).salary)
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._asdict(), Employee._make(["bob", "ops", 5.0]))
print(e[0], e[-1], len(e), e == ("ann", "eng", 1000.0), isinstance(e, tuple))
name, dept, sal = e
print(name, dept, sal, e.count("eng"), e.index("eng"))
print(pickle.loads(pickle.dumps(e)) == e, type(pickle.loads(pickle.dumps(e))).__name__)
try:
    e.name = "x"
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    Employee()
except TypeError as ex:
    print("TypeError:", ex)
try:
    e._replace(age=3)
except ValueError as ex:
    print("ValueError:", ex)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as ex:
    print("TypeError:", ex)
try:
    class Bad2(NamedTuple):
        _private: int
except ValueError as ex:
    print("ValueError:", ex)

Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__, Point._fields)
Pt3 = collections.namedtuple("Pt3", "x y z", defaults=[0])
print(Pt3(1, 2), Pt3._field_defaults, Pt3.__doc__, Pt3.x.__doc__)
R = collections.namedtuple("R", ["def", "class", "ok"], rename=True)
print(R._fields, R(1, 2, 3))
print(Employee.__mro__, Employee.__bases__, Employee.__orig_bases__[0] is NamedTuple)
T = typing.TypeVar("T")


def make_local():
    class Cell(NamedTuple, typing.Generic[T]):
        """A cell holding a value."""
        row: int
        value: T

        def shifted(self, n):
            return self._replace(row=self.row + n)
    return Cell


Cell = make_local()
c = Cell[str](1, "x")
print(Cell.__qualname__, Cell.__doc__, Cell.__mro__, Cell.__parameters__, Cell[int], c, c.shifted(2))
print(isinstance(c, tuple), type(c).__name__, Cell.__orig_bases__[1:], Cell._fields)


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


class Rated(Movie, total=False):
    stars: int
    reviewer: Required[str]


class Draft(TypedDict):
    title: str
    notes: NotRequired[str]


m: Movie = {"title": "Heat", "year": 1995}
print(m, type(m), Movie(title="Alien", year=1979), Movie.__total__, PartialMovie.__total__)
for td in (Movie, PartialMovie, Rated, Draft):
    print(td.__name__, sorted(td.__required_keys__), sorted(td.__optional_keys__), td.__annotations__)
print(get_type_hints(Rated), get_type_hints(Draft, include_extras=True))
Legacy = TypedDict("Legacy", {"id": int, "from": str}, total=False)
print(Legacy.__annotations__, Legacy.__total__, Legacy(id=3))
try:
    isinstance(m, Movie)
except TypeError as ex:
    print("TypeError:", ex)
print(typing.is_typeddict(Movie), typing.is_typeddict(dict), Movie.__mro__)

UserId = NewType("UserId", int)
Email = NewType("Email", str)
uid = UserId(42)
print(uid, type(uid), UserId, repr(UserId), UserId.__name__, UserId.__supertype__)
print(Email("a@b"), UserId.__qualname__, UserId.__module__)
try:
    class Sub(UserId):
        pass
except TypeError as ex:
    print("TypeError:", ex)
AdminId = NewType("AdminId", UserId)
print(AdminId, AdminId.__supertype__, AdminId(5) + 1)

print(cast(int, "not an int"), cast("list[str]", 3), cast(Optional[int], None))

MAX: Final = 3
Mode = Literal["r", "w"]
print(Mode, Mode.__args__, Final[int], Literal[None], Optional[Literal["a"]])


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x * 2


print(parse(2), parse("ab"), parse.__name__)
print([f.__qualname__ for f in typing.get_overloads(parse)] if hasattr(typing, "get_overloads") else None)
try:
    @overload
    def lonely(x: int) -> int: ...
    lonely(3)
except NotImplementedError as ex:
    print("NotImplementedError:", ex)
print(typing.assert_type(5, int), typing.reveal_type.__name__)
print(typing.TYPE_CHECKING, typing.no_type_check(lambda: 1)())
