# Subclasses of property, classmethod and staticmethod that define their own
# __get__/__set__/__delete__ are called as such (not bypassed as the builtin's).
class LoggedProperty(property):
    log = []
    def __get__(self, obj, cls=None):
        LoggedProperty.log.append(('get', obj is None))
        r = super().__get__(obj, cls)
        return ('wrapped', r) if obj is not None else r
    def __set__(self, obj, value):
        LoggedProperty.log.append(('set', value))
        super().__set__(obj, value * 10)
    def __delete__(self, obj):
        LoggedProperty.log.append(('del',))
        super().__delete__(obj)

class Q:
    def __init__(self):
        self._v = 5
    @LoggedProperty
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
    @v.deleter
    def v(self):
        self._v = None

q = Q()
for i in range(150):
    r = q.v
print(r, type(Q.__dict__['v']).__name__, type(Q.v).__name__)
q.v = 3
print(q.v, q._v)
del q.v
print(q._v)
print(LoggedProperty.log[:2], LoggedProperty.log[-4:], len(LoggedProperty.log))

class PlainSub(property):
    pass
class R:
    p = PlainSub(lambda self: 'plain')
    ro = PlainSub(lambda self: 1)
print(R().p, type(R.p).__name__)
try:
    R().ro = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del R().ro
except AttributeError as e:
    print('AttributeError', e)
try:
    property(lambda self: 1).__set__(R(), 1)
except AttributeError as e:
    print('AttributeError', e)
print(property(lambda self: 7).__get__(R()), property(lambda self: 7).__get__(None, R).__class__.__name__)

class TracingClassMethod(classmethod):
    def __get__(self, obj, cls=None):
        bound = super().__get__(obj, cls)
        return lambda *a: ('traced', bound(*a))
class TracingStatic(staticmethod):
    def __get__(self, obj, cls=None):
        f = super().__get__(obj, cls)
        return lambda *a: ('static-traced', f(*a))
class K:
    @TracingClassMethod
    def make(cls, x):
        return cls.__name__, x
    @TracingStatic
    def add(a, b):
        return a + b
    @classmethod
    def plain(cls):
        return cls.__name__
class K2(K):
    pass
for i in range(120):
    r = K.make(i), K2().make(1), K.add(1, 2), K2().add(3, 4), K2.plain()
print(r)
print(classmethod(lambda cls: cls.__name__).__get__(None, K)(), staticmethod(len).__get__(1)('abc'))
