# Descriptor protocol: data vs non-data descriptors, __set_name__, lookup precedence.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print(f"  __set_name__({owner.__name__}, {name})")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.storage)
print("defining Person")
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
del p.age
print(p.age, type(Person.name).__name__, Person.name.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("  data descriptor __set__ ignores", value)
class Holder:
    nd = NonData()
    dd = DataDesc()
h = Holder()
print(h.nd, h.dd)
h.__dict__["nd"] = "instance wins over non-data"
h.__dict__["dd"] = "instance loses to data"
print(h.nd, h.dd)
h.dd = 5
print(Holder.nd, Holder.dd)
class Logged:
    def __init__(self):
        self.log = []
    def __get__(self, obj, objtype):
        self.log.append(("get", obj is None, objtype.__name__))
        return 1
lg = Logged()
class UsesLogged:
    attr = lg
UsesLogged.attr
UsesLogged().attr
print(lg.log)
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class UsesMethod:
    def __init__(self, v):
        self.v = v
    @Method
    def add(self, n):
        return self.v + n
print(UsesMethod(10).add(5), type(UsesMethod.add).__name__)
class Validated:
    def __set_name__(self, owner, name):
        self.private = f"__{name}"
    def __get__(self, obj, objtype=None):
        return obj.__dict__.get(self.private, "unset") if obj else self
    def __set__(self, obj, value):
        obj.__dict__[self.private] = value
class Config:
    host = Validated()
    port = Validated()
cfg = Config()
print(cfg.host, cfg.port)
cfg.host = "localhost"
print(cfg.host, sorted(cfg.__dict__))
def plain_function(self):
    return "bound"
print(plain_function.__get__(cfg)(), type(plain_function.__get__(cfg)).__name__)
sm = staticmethod(lambda: "static")
cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, Config)(), cm.__get__(None, Config)())
class Late:
    pass
d = Typed(int)
Late.value = d
try:
    Late().value = 1
except AttributeError as e:
    print("AttributeError (no __set_name__ called):", e)
d.__set_name__(Late, "value")
obj = Late()
obj.value = 7
print(obj.value)
