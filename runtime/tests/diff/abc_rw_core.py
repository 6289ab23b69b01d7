import abc, io

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
    @classmethod
    @abc.abstractmethod
    def cm(cls): ...
    @property
    @abc.abstractmethod
    def p(self): ...

print(sorted(Base.__abstractmethods__))
for cls in (Base,):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)

class Half(Base):
    def f(self): return 1
    def g(self): return 2
print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)

class Full(Half):
    @classmethod
    def cm(cls): return 'cm'
    p = property(lambda self: 'p')
print(sorted(Full.__abstractmethods__), Full().f(), Full.cm(), Full().p)

class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
try:
    One()
except TypeError as e:
    print(type(e).__name__, e)

# legacy decorators
class Legacy(metaclass=abc.ABCMeta):
    @abc.abstractclassmethod
    def a(cls): ...
    @abc.abstractstaticmethod
    def b(): ...
    @abc.abstractproperty
    def c(self): ...
print(sorted(Legacy.__abstractmethods__))
print(abc.abstractclassmethod.__isabstractmethod__, abc.abstractstaticmethod.__isabstractmethod__,
      abc.abstractproperty.__isabstractmethod__)
print(isinstance(Legacy.__dict__['a'], classmethod), isinstance(Legacy.__dict__['b'], staticmethod))
print(Legacy.__dict__['a'].__func__.__isabstractmethod__)
print(issubclass(abc.abstractclassmethod, classmethod), issubclass(abc.abstractproperty, property))

# register and virtual subclasses
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, '__len__') or NotImplemented
        return NotImplemented

class Proto(abc.ABC):
    pass

tok = abc.get_cache_token()
print(type(tok).__name__)
class X: pass
print(issubclass(X, Proto), isinstance(X(), Proto))
r = Proto.register(X)
print(r is X, issubclass(X, Proto), isinstance(X(), Proto), abc.get_cache_token() != tok)
print(Proto.register(X) is X)
print(issubclass(list, Sized), issubclass(int, Sized), isinstance([], Sized), isinstance(3, Sized))
class SubP(Proto): pass
class Y: pass
SubP.register(Y)
print(issubclass(Y, Proto), issubclass(Y, SubP), isinstance(Y(), Proto))
try:
    Proto.register(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, Proto)
except TypeError as e:
    print(type(e).__name__, e)
try:
    SubP.register(Proto)
except RuntimeError as e:
    print(type(e).__name__, e)

# decorator form of register
@Proto.register
class Z: pass
print(Z.__name__, issubclass(Z, Proto))

# update_abstractmethods
class U(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
U.m = lambda self: 5
print(sorted(U.__abstractmethods__))
print(abc.update_abstractmethods(U) is U, sorted(U.__abstractmethods__), U().m())
def extra(self): ...
extra = abc.abstractmethod(extra)
U.extra = extra
abc.update_abstractmethods(U)
print(sorted(U.__abstractmethods__))
class Plain: pass
print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))

# abstractmethod returns the same function, flagged
def h(): pass
print(abc.abstractmethod(h) is h, h.__isabstractmethod__)

# ABC itself
print(type(abc.ABC).__name__, abc.ABC.__slots__, abc.ABCMeta.__name__)
print(isinstance(Base, abc.ABCMeta), abc.ABC.__abstractmethods__)
# keyword args through ABCMeta
class KW(abc.ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class KW2(KW, flag=7): pass
print(KW2.flag)

# instance check with __class__ override
class Fake:
    @property
    def __class__(self):
        return list
print(isinstance(Fake(), Sized))
# _dump_registry / caches
buf = io.StringIO()
Proto._dump_registry(buf)
print(buf.getvalue().splitlines()[0])
Proto._abc_caches_clear()
print(issubclass(X, Proto))
Proto._abc_registry_clear()
Proto._abc_caches_clear()
print(issubclass(X, Proto))
