# abc: instance and subclass checks through caches, registrations, subclass hooks (bad results too), proxies, cache invalidation, errors.
import abc, collections.abc as cabc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    def f(self): return 1
class V: pass
A.register(V)
print(isinstance(B(), A), isinstance(V(), A), issubclass(V, A), issubclass(int, A), isinstance(3, A))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class Duck:
    quack = 1
class Proxy:
    @property
    def __class__(self): return Duck
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), isinstance(Proxy(), Hook), isinstance(object(), Hook))
class Weird(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 7 if C is int else NotImplemented
try:
    issubclass(int, Weird)
except AssertionError as e:
    print("AssertionError", e)
token = abc.get_cache_token()
class Late: pass
print(isinstance(Late(), A)); A.register(Late); print(isinstance(Late(), A), abc.get_cache_token() != token)
try:
    issubclass(3, A)
except TypeError as e:
    print(e)
try:
    A.register(3)
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), issubclass(str, cabc.Hashable))
A._abc_caches_clear(); A._abc_registry_clear(); print(isinstance(V(), A))
