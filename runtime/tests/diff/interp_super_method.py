"""super().m(...) loaded as function and instance (no bound method): chains through the MRO,\nclassmethods, staticmethods, properties, __class__, missing names, a method patched after\nthe sites warmed, super objects kept and their bound methods."""
class A:
    def m(self, x): return ("A", x)
    @classmethod
    def c(cls): return ("Ac", cls.__name__)
    @staticmethod
    def s(): return "As"
    @property
    def p(self): return "Ap"
    def __repr__(self): return "A()"
class B(A):
    def m(self, x):
        return ("B",) + super().m(x)
    def c(self): return super().c()
    def s(self): return super().s()
    def pp(self): return super().p
    def cls(self): return super().__class__.__name__
    def missing(self):
        try:
            return super().nope()
        except AttributeError as e:
            return str(e)
    def rep(self): return super().__repr__()
class C(B):
    def m(self, x):
        return ("C",) + super().m(x)
    @classmethod
    def cm(cls): return super().c()
o = C()
for i in range(80):
    r = (o.m(i), o.c(), o.s(), o.pp(), o.cls(), o.missing(), o.rep(), super(B, o).m(1))
print(r)
class D(A):
    def m(self, x):
        return super().m(x)
d = D()
for i in range(60): d.m(i)
A.m = lambda self, x: ("patched", x)
print(d.m(5), o.m(2))
def gen_super():
    class G(A):
        def m(self, x):
            f = super().m
            return f(x)
    return G().m(3)
print(gen_super())
class E(A):
    def m(self, x):
        s = super()
        return s.m(x), s.m
for i in range(60): r = E().m(1)
print(r[0], type(r[1]).__name__)
