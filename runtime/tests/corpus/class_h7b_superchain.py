log = []

class Base:
    def __init__(self, **kw):
        log.append(('Base', sorted(kw)))
        self.extra = kw
    def describe(self):
        return ['Base']
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))})"

class Named(Base):
    def __init__(self, name='anon', **kw):
        log.append(('Named', name))
        self.name = name
        super().__init__(**kw)
    def describe(self):
        return ['Named'] + super().describe()

class Aged(Base):
    def __init__(self, age=0, **kw):
        log.append(('Aged', age))
        self.age = age
        super().__init__(**kw)
    def describe(self):
        return ['Aged'] + super().describe()

class Person(Named, Aged):
    def __init__(self, **kw):
        log.append(('Person',))
        super().__init__(**kw)
    def describe(self):
        return ['Person'] + super().describe()

class Employee(Person):
    def __init__(self, salary=0, **kw):
        super().__init__(**kw)
        self.salary = salary
    def describe(self):
        r = super().describe()
        return ['Employee'] + r

p = Employee(name='Ann', age=33, salary=100, dept='R&D')
print(p)
print(log)
print(p.describe())
print([c.__name__ for c in Employee.__mro__])
print(super(Named, p).describe(), super(Aged, p).describe())
print(Employee.describe is Person.describe, isinstance(p, Aged), issubclass(Employee, Base))

class A:
    def who(self): return 'A'
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(x): return x * 2
class B(A):
    def who(self): return 'B>' + super().who()
    @classmethod
    def make(cls): return 'B:' + super().make()
class C(A):
    def who(self): return 'C>' + super().who()
class D(B, C):
    def who(self): return 'D>' + super().who()
    @classmethod
    def make(cls): return 'D:' + super().make()
for _ in range(150):
    r = D().who(), D.make(), D().make(), D.st(4)
print(r)
print(super(B, D()).who(), super(C, D()).who())

try:
    class X(A, B): pass
except TypeError as e:
    print('TypeError', e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault('tag', name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.created_by = 'Meta'
        return obj
class M1(metaclass=Meta, flavor='x'):
    def __init__(self, v=1): self.v = v
class M2(M1, flavor='y'):
    pass
m = M2(5)
print(M1.tag, M2.tag, M1.kw, M2.kw, m.v, m.created_by, type(M2).__name__)

class Cell:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
class Sub(Cell):
    def add(self, x):
        return super().add(x * 10)
s = Sub()
for i in range(120):
    s.add(i)
print(len(s.items), s.items[:5], sum(s.items))

def outside(self):
    return 'outside:' + super(Sub, self).add.__name__
Sub.outside = outside
print(s.outside())
try:
    super(int, 'x')
except TypeError as e:
    print('TypeError', e)
class NoArgs:
    def f(self):
        def inner():
            return super().__repr__
        try:
            return inner()
        except RuntimeError as e:
            return 'RuntimeError: ' + str(e)
print(NoArgs().f())
