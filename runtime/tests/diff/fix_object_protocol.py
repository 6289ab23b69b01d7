# object's default ordering, __sizeof__, __getstate__, __reduce__/__reduce_ex__, __weakref__.
import copy, weakref
class A:
    def __init__(self):
        self.x = 1
class S:
    __slots__ = ("p", "q")
class R:
    def __reduce__(self):
        return (R, ())
class B(A):
    pass
a = A()
r = a.__reduce_ex__(2)
print(r[0].__name__, r[1:])
r = a.__reduce_ex__(1)
print(r[0].__name__, r[1:])
r = a.__reduce__()
print(r[0].__name__, r[1:])
print(a.__getstate__(), object().__getstate__(), A().__sizeof__() >= object().__sizeof__())
print(a.__lt__(a), a.__ge__(1), object.__le__(a, a), object().__gt__(None))
s = S()
s.p = 3
print(s.__getstate__(), s.__reduce_ex__(2)[1:], R().__reduce_ex__(2))
print(type(copy.copy(R())).__name__, copy.deepcopy([a])[0].x, copy.copy(s).p, range(3).__reduce_ex__(2))
print("__weakref__" in A.__dict__, "__weakref__" in B.__dict__, "__weakref__" in S.__dict__, a.__weakref__)
w = weakref.ref(a)
print(a.__weakref__ is w, sorted(set(dir(a)) - set(dir(object()))))
print([n for n in dir(object()) if n in ("__lt__", "__ge__", "__reduce_ex__", "__sizeof__", "__getstate__")])
for f in [lambda: A() < A(), lambda: a.__lt__(), lambda: a.__reduce_ex__("2"), lambda: a.__sizeof__(1),
          lambda: setattr(a, "__weakref__", 1)]:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(int.__module__, ValueError.__module__, type.__module__, object.__module__, A.__module__, a.__module__)
print("__module__" in dir(object()), "__module__" in dir(1), "__module__" in dir(type), "__module__" in int.__dict__)
try:
    print((1).__module__)
except AttributeError as e:
    print("AttributeError", e)
