# Scoping rules involving class bodies, functions, and builtins shadowing.
x = "module"
class A:
    x = "class A"
    y = x + " (seen in class body)"
    def method(self):
        return x
    def method2(self):
        return self.x
    z = [x for _ in range(1)]
print(A.y, A().method(), A().method2(), A.z)

def func():
    x = "function"
    class B:
        x = "class B"
        def m(self):
            return x
        w = x
    return B().m(), B.w
print(func())

def func2():
    x = "func2 local"
    class C:
        print("in class body, x =", x)
        y = x
    return C.y
print(func2())

def func3():
    x = "enclosing"
    class D:
        x = "D's own"
        def get(self):
            return x
        seen = x
    return D().get(), D.seen
print(func3())

# builtins can be shadowed and restored
len = lambda o: "shadowed"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

def uses_builtin():
    return max([3, 1, 2])
max = min
print(uses_builtin())
del max
print(uses_builtin())

# class attribute lookup order: instance, class, bases
class Base:
    attr = "base"
    other = "base other"
class Derived(Base):
    attr = "derived"
d = Derived()
print(d.attr, d.other)
d.attr = "instance"
print(d.attr, Derived.attr)
del d.attr
print(d.attr)

# names defined in class are not visible in nested functions' default evaluation? they are
class E:
    factor = 3
    def scale(self, v, f=factor):
        return v * f
print(E().scale(5))

# __qualname__ of nested things
def outer_fn():
    class Inner:
        def meth(self):
            pass
    def inner_fn():
        pass
    return Inner, inner_fn
I, f = outer_fn()
print(I.__qualname__, I.meth.__qualname__, f.__qualname__)
class Outer:
    class Nested:
        def m(self):
            pass
print(Outer.Nested.__qualname__, Outer.Nested.m.__qualname__, Outer.Nested.__name__)
print(A.__module__, func.__module__, __name__)

# locals() in class body
class F:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(F.names)

# conditional definitions in class bodies
class G:
    if True:
        def which(self): return "first"
    else:
        def which(self): return "second"
    for i in range(3):
        pass
print(G().which(), G.i)
