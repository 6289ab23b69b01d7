# member_descriptor (__slots__) and getset_descriptor objects used directly: repr,
# introspection attributes and explicit __get__/__set__/__delete__ calls.
import inspect
import types


class V:
    __slots__ = ("x", "y")


class W:
    __slots__ = ("x",)


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


v = V()
d = V.__dict__["x"]
print(repr(d), repr(V.y), type(d).__name__)
print(repr(type.__dict__["__name__"]), repr(int.__dict__["real"]))
print(d.__name__, d.__qualname__, d.__objclass__, d.__doc__)
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__)
for n in ["__get__", "__set__", "__delete__", "__name__", "__qualname__", "__objclass__"]:
    print(n, hasattr(d, n), hasattr(int.real, n))
print(types.MemberDescriptorType, types.GetSetDescriptorType)
print(inspect.isdatadescriptor(d), inspect.ismemberdescriptor(d), inspect.isgetsetdescriptor(int.real))
print(inspect.ismemberdescriptor(int.real), inspect.isgetsetdescriptor(d))
t(lambda: d.__get__(5))
t(lambda: d.__get__(None))
t(lambda: d.__get__(None, V) is d)
t(lambda: d.__get__(W()))
t(lambda: d.__get__(v))
t(lambda: d.__set__(5, 1))
t(lambda: d.__delete__(v))
t(lambda: d.__set__(v, 3))
t(lambda: (v.x, d.__get__(v, None), d.__get__(v, V)))
t(lambda: d.__delete__(v))
t(lambda: d.__get__(v))
t(lambda: V.y.__set__(v, [1]) or v.y)
t(lambda: int.real.__set__(5, 1))
t(lambda: int.real.__get__("s"))
t(lambda: int.real.__get__(True))
t(lambda: int.real.__get__(7, int))
t(lambda: int.real.__delete__(1))
t(lambda: complex.imag.__get__(2 + 3j))
