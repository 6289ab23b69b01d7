# The 'in' operator: __contains__ = None refuses, and an __iter__ that fails with something
# other than TypeError passes its own error on.
class A:
    def __iter__(self): raise ValueError("inner")
try:
    1 in A()
except Exception as e:
    print(type(e).__name__, e)
class B:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in B()
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
class C:
    def __iter__(self): return 5
try:
    1 in C()
except TypeError as e:
    print(e)
