class myprop(property):
    extra = "x"
class C:
    @myprop
    def a(self):
        return "a value"
    @a.setter
    def a(self, v):
        self._a = v
    @classmethod
    def cm(cls):
        return cls.__name__
class mycm(classmethod):
    pass
class mysm(staticmethod):
    pass
class D:
    @mycm
    def f(cls):
        return "cm " + cls.__name__
    @mysm
    def g(x):
        return "sm %s" % x
c = C()
print(c.a, type(C.__dict__["a"]).__name__, C.__dict__["a"].extra)
c.a = 5
print(c._a, C.cm(), D.f(), D().f(), D.g(1), D().g(2))
from abc import ABC, abstractmethod, abstractproperty
class E(ABC):
    @property
    @abstractmethod
    def p(self): ...
try:
    E()
except TypeError as e:
    print(e)
import gc
print(gc.collect() >= 0)
