print("hello", 1 + 2, 3.5 * 2, "a" + "b")
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(20))
class A:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x * 2
print(A(21).get(), [1,2,3], {"a": 1}, (1,), [i*i for i in range(5)])
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
def gen():
    yield 1
    yield 2
print(list(gen()), sorted([3,1,2]), f"{3.14159:.2f} {42:>5}")
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
print(B().f())
