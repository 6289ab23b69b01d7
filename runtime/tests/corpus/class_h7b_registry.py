import abc

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.key] = cls
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

class Csv(Plugin, key='csv', priority=2):
    pass
class Json(Plugin, priority=5):
    pass
class Yaml(Json, key='yml'):
    pass
print(sorted((k, v.__name__, v.priority) for k, v in Plugin.registry.items()))
print(Plugin[int], Csv['x'], Yaml[3])
try:
    class Bad(Plugin, color='red'):
        pass
except TypeError as e:
    print('TypeError', e)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'
class Half(Shape):
    def area(self): return 0
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
try:
    Half()
except TypeError as e:
    print('TypeError', e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance('ab', Sized))
class Reg(abc.ABC): pass
Reg.register(int)
print(issubclass(int, Reg), isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))

class Meta(type):
    counter = 0
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = {'_order': []}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        ns['_fields'] = [k for k in ns if not k.startswith('_')]
        Meta.counter += 1
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.serial = Meta.counter
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __len__(cls):
        return len(cls._fields)
    def __iter__(cls):
        return iter(cls._fields)
    def __getitem__(cls, k):
        return cls._fields[k]
    def __instancecheck__(cls, inst):
        return hasattr(inst, 'zebra') or type.__instancecheck__(cls, inst)

class Model(metaclass=Meta):
    pass
class User(Model):
    name = 'x'
    email = 'y'
    def save(self): pass
print(Model, User, len(User), list(User), User[1], User.serial, Model.serial)
class Z: zebra = 1
print(isinstance(Z(), User), isinstance(User(), User), isinstance(3, User))
print(type(User).__name__, type(type(User)).__name__, User.__class__.__mro__)

def make_class(n):
    attrs = {f'f{i}': i * i for i in range(n)}
    attrs['total'] = lambda self: sum(getattr(self, f'f{i}') for i in range(n))
    attrs['__repr__'] = lambda self: f"Dyn{n}()"
    return type(f'Dyn{n}', (object,), attrs)
classes = [make_class(k) for k in range(1, 8)]
print([c().total() for c in classes], repr(classes[3]()), classes[2].__name__, classes[2].__qualname__)
T = type('T', (Csv,), {}, key='tee')
print(T.key, Plugin.registry['tee'] is T)
try:
    type('Q', (int, str), {})
except TypeError as e:
    print('TypeError', e)
try:
    type('Q', (bool,), {})
except TypeError as e:
    print('TypeError', e)
class WithGeneric:
    pass
try:
    WithGeneric[int]
except TypeError as e:
    print('TypeError', e)
print(list[int], dict[str, list[int]], list[int].__origin__, dict[str, int].__args__, type(list[int]).__name__)
print(tuple[int, ...], (list[int] == list[int]), isinstance([], list))
