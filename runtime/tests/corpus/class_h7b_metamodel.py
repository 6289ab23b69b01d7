class Field:
    _counter = 0
    def __init__(self, typ, default=None):
        Field._counter += 1
        self.order = Field._counter
        self.typ, self.default = typ, default
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None: return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = self.typ(v)
class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        for b in bases:
            for k, v in getattr(b, '_fields', {}).items():
                fields.setdefault(k, v)
        ns['_fields'] = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        cls = super().__new__(mcs, name, bases, ns)
        return cls
    def __call__(cls, *args, **kw):
        inst = super().__call__()
        for (k, f), a in zip(cls._fields.items(), args):
            setattr(inst, k, a)
        for k, v in kw.items():
            if k not in cls._fields:
                raise TypeError(f"{cls.__name__} has no field {k!r}")
            setattr(inst, k, v)
        return inst
    @property
    def field_names(cls):
        return list(cls._fields)
class Model(metaclass=ModelMeta):
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields) + ")"
    def __eq__(self, o):
        return type(o) is type(self) and all(getattr(self, k) == getattr(o, k) for k in self._fields)
class User(Model):
    id = Field(int, 0)
    name = Field(str, '')
class Admin(User):
    level = Field(int, 1)
print(User(1, 'ann'), Admin('7', 'root', '3'), Admin(name='x'), User.field_names, Admin.field_names)
try: User(zzz=1)
except TypeError as e: print('TE', e)
print(User(1, 'a') == User(1, 'a'), User(1) == Admin(1), User.id.typ.__name__, isinstance(User, ModelMeta), type(Admin).__mro__[0].__name__)
try: User(['x'])
except TypeError as e: print('TE', e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0): self.v = v
print(Config(1) is Config(2), Config().v)
class AutoRepr(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if 'fields' in kw:
            cls.__repr__ = lambda self: f"{name}<" + ",".join(str(getattr(self, f, '?')) for f in kw['fields']) + ">"
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class P(metaclass=AutoRepr, fields=('x', 'y')):
    def __init__(self): self.x = 1
print(P())
class Registry(type):
    def __init_subclass__(mcs, **kw): print('meta subclass', mcs.__name__)
class SubReg(Registry): pass
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        class D(dict):
            def __setitem__(self, k, v):
                if k in self and not k.startswith('__'):
                    raise TypeError(f'duplicate {k}')
                super().__setitem__(k, v)
        return D()
try:
    class Dup(metaclass=Ordered):
        a = 1
        a = 2
except TypeError as e: print('TE', e)
class Abstract(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.abstract = [k for k, v in ns.items() if getattr(v, '__isabstract__', False)]
        return cls
def abstract(f): f.__isabstract__ = True; return f
class I(metaclass=Abstract):
    @abstract
    def run(self): pass
    def ok(self): pass
print(I.abstract, type(I).__name__, I.__class__.__class__.__name__)
print(type.__call__(int, '5'), type('X', (), {})().__class__.__name__, type(3), type.__name__)
class WithClassGetitem:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple): params = (params,)
        return type(f"{cls.__name__}[{', '.join(p.__name__ for p in params)}]", (cls,), {'params': params})
A = WithClassGetitem[int, str]
print(A.__name__, A.params, issubclass(A, WithClassGetitem), WithClassGetitem[float]().params)
