class A:
    def vals(self): return [1, 2]
    def name(self): return 'A'
class B(A):
    def vals(self):
        try:
            return [super().name() for _ in range(2)]
        except (RuntimeError, TypeError) as e:
            return type(e).__name__ + ': ' + str(e)
    def gen(self):
        yield super().name()
        yield __class__.__name__
    def lam(self):
        f = lambda: super(B, self).name()
        return f()
    def lam0(self):
        f = lambda: super().name()
        try: return f()
        except RuntimeError as e: return 'RE ' + str(e)
    @classmethod
    def cm(cls): return super().name
    @staticmethod
    def sm():
        try: return super().name
        except RuntimeError as e: return 'RE ' + str(e)
b = B()
print(b.vals(), list(b.gen()), b.lam(), b.lam0(), b.cm().__qualname__, B.sm())
class P(property):
    def __get__(self, obj, cls):
        r = super().__get__(obj, cls)
        return ('wrapped', r) if obj is not None else r
class Q:
    @P
    def v(self): return 5
print(Q().v, type(Q.__dict__['v']).__name__)
class CP:
    @classmethod
    @property
    def cls_prop(cls): return cls.__name__ + '!'
print(CP.cls_prop, CP().cls_prop)
class Late: pass
class D:
    def __set_name__(self, o, n): print('set_name', n)
Late.x = D()
print('no set_name for late attr')
class WithDir:
    def __dir__(self): return ['b', 'a', 'a']
print(dir(WithDir()))
import types
m = types.ModuleType('lazy')
def mod_getattr(name):
    if name == 'answer': return 42
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")
m.__getattr__ = mod_getattr
print(m.answer, getattr(m, 'nope', 'dflt'))
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.created = kw
class Child(Base, tag=1): pass
print(Child.created)
class Cnt:
    n = 0
    def __init__(self):
        type(self).n += 1
class Cnt2(Cnt): pass
Cnt(); Cnt2(); Cnt2()
print(Cnt.n, Cnt2.n)
class Outer:
    x = 10
    class Inner:
        try:
            y = x
        except NameError as e:
            y = 'NameError'
    z = [x for _ in range(2)] if False else None
print(Outer.Inner.y)
class Comp:
    v = 5
    try:
        l = [v for _ in range(2)]
    except NameError as e:
        l = 'NameError: ' + str(e)
    l2 = [w for w in range(v)]
print(Comp.l, Comp.l2)
