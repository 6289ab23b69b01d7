# A class whose __slots__ leave out __weakref__ has instances that cannot be weakly referenced.
import weakref
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a", "__weakref__")
class S3(S1): pass
class S4(S1):
    __slots__ = ("b",)
class S5(S2):
    __slots__ = ("c",)
class L(list): pass
class E(Exception): pass
class SE(Exception):
    __slots__ = ("x",)
class D(dict):
    __slots__ = ()
class Plain: pass
class PS(Plain):
    __slots__ = ()
class Fz(frozenset):
    __slots__ = ()
def f(): pass
for mk in [WithMeta, lambda: WithMeta, S1, S2, S3, S4, S5, L, E, SE, D, Plain, PS, Fz, lambda: f, lambda: Meta, set, lambda: int, object]:
    o = mk()
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok", hasattr(type(o), "__weakref__"))
    except TypeError as e:
        print(type(o).__name__, "TypeError:", e)
for fn in [weakref.proxy, weakref.WeakSet().add, lambda o: weakref.WeakValueDictionary().__setitem__("k", o), lambda o: weakref.finalize(o, print)]:
    for cls in [S1, S2, S4, S5]:
        try:
            fn(cls())
            print(cls.__name__, "ok")
        except TypeError as e:
            print(cls.__name__, "TypeError:", e)
