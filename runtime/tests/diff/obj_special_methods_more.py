# Special methods CPython's builtin types have and programs reach through super() or
# directly: list.__imul__ (l *= n repeats the list in place), tuple.__getnewargs__, property.__delete__,
# and staticmethod objects called directly.
class L(list):
    def __imul__(self, n):
        print("  imul", n)
        return super().__imul__(n)


l = L([1, 2])
l *= 2
print(l, type(l).__name__)
a = [1]
b = a
a *= 2
print(b, a is b)
c = L([1])
d = c
c *= 3
print(d, c is d, type(c).__name__)
try:
    a *= 'x'
except TypeError as e:
    print('TypeError', e)
m = [3]
print(m.__imul__(3), m)
print((1, 2).__getnewargs__(), type((1, 2).__getnewargs__()[0]).__name__)


class T(tuple):
    pass


print(T((4, 5)).__getnewargs__(), type(T((4, 5)).__getnewargs__()[0]).__name__)
import copy
print(copy.copy(T((1, 2))), type(copy.deepcopy(T((1, [2])))).__name__)


class P:
    def __init__(self):
        self._x = 1

    def _del(self):
        print("  deleting")
        del self._x

    x = property(lambda self: self._x, None, _del)
    y = property(lambda self: 1)


p = P()
P.__dict__["x"].__delete__(p)
print(hasattr(p, "_x"))
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    P.__dict__["y"].__delete__(p)
except AttributeError as e:
    print("AttributeError", e)


class C:
    @staticmethod
    def helper(a, b=2):
        return a + b

    twice = helper(1)
    also = helper(1, b=5)


print(C.twice, C.also, C.helper(3), staticmethod(len)([1, 2]), callable(staticmethod(len)))
