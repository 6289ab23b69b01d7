"""An ORM-like model layer exercising the object protocol: descriptors with __set_name__,
__init_subclass__ registries, metaclasses, __getattr__ proxies and __class_getitem__."""


class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_f_" + name
        owner._declared = getattr(owner, "_declared", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.storage)

    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, table=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.table = table or name.lower() + "s"
        mcls.registry[name] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj._created = True
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls.table}>"

    def __len__(cls):
        return len(cls._declared)

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"


class Model(metaclass=ModelMeta):
    subclasses = []

    def __init_subclass__(cls, /, audited=False, **kw):
        super().__init_subclass__(**kw)
        cls.audited = audited
        Model.subclasses.append(cls.__name__)

    def __init__(self, **values):
        for k, v in values.items():
            setattr(self, k, v)

    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in type(self)._declared)
        return f"{type(self).__name__}({body})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._declared)

    __hash__ = None


class User(Model, audited=True, table="people"):
    name = Field(str, "")
    age = Field(int, 0)


class Post(Model):
    title = Field(str)
    likes = Field(int, 0)


u = User(name="ann", age=30)
print(u, User, Post, len(User), User["id"], u._created, User.audited, Post.audited)
print(Model.subclasses, sorted(ModelMeta.registry), User.name, User._declared, Post.table)
try:
    u.age = "old"
except TypeError as e:
    print("TypeError", e)
del u.age
print(u.age, u == User(name="ann"), u != User(name="bob"), u == "ann")
try:
    hash(u)
except TypeError as e:
    print("TypeError", e)
print(type(User).__name__, isinstance(User, ModelMeta), User.__mro__[1].__name__, type.__instancecheck__(ModelMeta, User))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


p = Proxy(Post(title="hi"))
p.likes = 5
print(p.title, p.likes, p._log, hasattr(p, "nothing"), getattr(p, "nothing", "dflt"))


class Audited:
    def __init__(self):
        self.x = 1
        self.reads = 0

    def __getattribute__(self, name):
        if name not in ("reads", "__dict__", "__class__"):
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<no {name}>"


a = Audited()
print(a.x, a.x, a.missing, a.reads, vars(a), type(a).__name__)

class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item if isinstance(item, str) else getattr(item, '__name__', item)}"


print(Registry[int], Registry["users"], Registry[int, str])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__ is list)


class Defaults(dict):
    def __missing__(self, key):
        value = key.upper() if isinstance(key, str) else key * 2
        self[key] = value
        return value


d = Defaults(a="given")
print(d["a"], d["b"], d[21], d.get("zz"), "zz" in d, d)


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9

    @f.deleter
    def f(self):
        print("  reset")
        self._c = 0

    @staticmethod
    def scale():
        return "celsius"

    @classmethod
    def boiling(cls):
        return cls(100)


t = Temperature.boiling()
t.f = 212
print(t.f, t._c, Temperature.scale(), t.scale(), type(Temperature.__dict__["scale"]).__name__)
del t.f
print(t.f, Temperature.f.fget.__name__)
try:
    Temperature.f.__set__(t, "x")
except TypeError as e:
    print("TypeError", e)
