# isinstance/issubclass with tuples, ABC-free hierarchies, bool/int relations.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (int, (list, str))))
print(isinstance(None, type(None)), isinstance([], (tuple,)), isinstance((), ()), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)), issubclass(object, object))
class A: pass
class B(A): pass
class C(B): pass
class D: pass
class E(C, D): pass
for cls in (A, B, C, D, E):
    print(cls.__name__, [issubclass(cls, k) for k in (A, B, C, D, E, object)], isinstance(cls(), (B, D)))
print(isinstance(E(), A), isinstance(A(), E), issubclass(E, (D,)), type(E()) is E, type(E()) == C)
print(isinstance(3, int | str), issubclass(bool, int | float), isinstance([], list | None))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, "str")
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 100
    def __subclasscheck__(cls, sub):
        return sub is str
class Big(metaclass=Meta):
    pass
print(isinstance(500, Big), isinstance(5, Big), isinstance("x", Big), issubclass(str, Big), issubclass(int, Big))
print(type(1), type("a"), type([]), type(type), type(None), type(A), type(A()).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, bool.__bases__, int.__bases__, A.__bases__, E.__bases__)
print([c.__name__ for c in E.__mro__], [c.__name__ for c in bool.__mro__])
print(object.__bases__, type.__bases__, type.__mro__)
nums = [1, 2.0, True, "3", None, 4j, [5]]
print([type(n).__name__ for n in nums if isinstance(n, (int, float, complex))])
print(isinstance(A, type), isinstance(A(), object), isinstance(len, object), callable(A))
