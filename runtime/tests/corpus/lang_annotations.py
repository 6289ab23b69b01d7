# Variable annotations at module, class, and function level.
x: int = 5
y: str
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print("NameError", e)
class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
print(Point.__annotations__, Point.y, Point.label)
print(hasattr(Point, "x"), hasattr(Point, "y"))
def fn():
    z: int = 10
    w: float
    return z, "w" in locals()
print(fn())
class Generic:
    items: list[int] = []
    mapping: dict[str, tuple[int, ...]] = {}
print(Generic.__annotations__["items"], Generic.__annotations__["mapping"])
def func(a: int, b: "B" = None, *c: str, d: float = 1.0, **e: bool) -> tuple:
    return a
print(func.__annotations__)
print(list(func.__annotations__))
class Sub(Point):
    z: int = 3
print(Sub.__annotations__)
lst = [1, 2]
lst[0]: int = 100
print(lst)
class Obj: pass
o = Obj()
o.attr: str = "annotated attribute"
print(o.attr, __annotations__)
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
print(int | str, type(int | None).__name__, (int | str).__args__)
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(2.0, int | str))
