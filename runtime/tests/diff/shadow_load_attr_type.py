# Attribute loads on classes (`C.k`, `cls.attr`): each function runs well past the
# quickening threshold, then what the cached site depends on changes.

class Base:
    k = 1
    def f(self):
        return "f"
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "sm"
    @property
    def p(self):
        return "p"

class Sub(Base):
    pass

def read_k(c):
    return c.k

out = [read_k(Sub) for _ in range(200)]
Base.k = 2                     # a base changes: the subclass's version changes too
out.append(read_k(Sub))
Sub.k = 3                      # the subclass shadows it
out.append(read_k(Sub))
del Sub.k
out.append(read_k(Sub))
out.append(read_k(Base))       # another class at the same site
print(sum(out[:200]), out[200:])

def read_many(c):
    return c.f, c.cm(), c.sm(), c.p, c.__name__, c.__doc__, c.__module__, c.__qualname__

for _ in range(150):
    r = read_many(Sub)
print(r[0] is Base.__dict__["f"], r[1:3], isinstance(r[3], property), r[4:])
Sub.__doc__ = "doc"
Sub.__name__ = "Renamed"
print(read_many(Sub)[4:6])

# Functions read from the class are the functions themselves.
def get_f(c):
    return c.f
fs = {id(get_f(Base)) for _ in range(100)}
print(len(fs), get_f(Base)(Base()))
Base.f = lambda self: "g"
print(get_f(Base)(Base()), get_f(Sub)(Sub()))

# A metaclass with its own attributes and descriptors is left to the generic path.
class Meta(type):
    @property
    def k(cls):
        return "meta property"
    extra = "meta attr"

class WithMeta(metaclass=Meta):
    k = "class attr"

def read_meta(c):
    return c.k, c.extra

print({read_meta(WithMeta) for _ in range(100)})

# Enum-like constants in a loop, then the class is replaced by a new one of the same name.
def total(C, n):
    s = 0
    for _ in range(n):
        s += C.A + C.B
    return s

class Consts:
    A = 1
    B = 2
print(total(Consts, 300))
class Consts:
    A = 10
    B = 20
print(total(Consts, 3))
for i in range(60):
    class Temp:
        A = i
        B = 0
    if i % 20 == 0:
        print(total(Temp, 2))

# A class attribute that is a data descriptor on `type` itself, and a missing one.
def read_dict(c):
    return type(c.__dict__).__name__, c.__mro__[0].__name__
print({read_dict(Sub) for _ in range(100)})
def missing(c):
    try:
        return c.nope
    except AttributeError as e:
        return str(e)
print({missing(Sub) for _ in range(100)})
Sub.nope = "now present"
print(missing(Sub))
