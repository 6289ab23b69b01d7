class S:
    __call__ = staticmethod(lambda x: ("static", x))
class C:
    @classmethod
    def __call__(cls, x):
        return ("class", cls.__name__, x)
class P:
    def __init__(self): self.n = 0
    def __call__(self, *a, **k): return ("plain", a, sorted(k))
class Callable:
    def __call__(self, obj, y): return ("obj", type(obj).__name__, y)
class W:
    __call__ = Callable()
print(S()(1)); print(C()(2)); print(P()(3, z=1))
try:
    print(W()(5))
except TypeError as e:
    print("TypeError", e)
