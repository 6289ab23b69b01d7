# An AttributeError raised inside an attribute lookup (by __getattr__, a property's
# getter, __getattribute__) gets the lookup's name and obj, unless it has either
# already, as CPython's PyObject_GetAttr does.
class Hook:
    def __getattr__(self, n):
        raise AttributeError(f'no {n!r} here')

class Prop:
    @property
    def broken(self):
        raise AttributeError('inner failure')
    @property
    def named(self):
        raise AttributeError('named one', name='given', obj=None)

class GA:
    def __getattribute__(self, n):
        raise AttributeError('blocked')

def show(f):
    try:
        f()
    except AttributeError as e:
        print(repr(e), repr(e.name), type(e.obj).__name__)

h, p, g = Hook(), Prop(), GA()
for _ in range(120):
    pass
show(lambda: h.missing)
show(lambda: p.broken)
show(lambda: p.named)
show(lambda: g.anything)
show(lambda: getattr(h, 'dyn'))
show(lambda: object().nothing)
print(getattr(h, 'x', 'default'), hasattr(p, 'broken'))

class Sub(AttributeError):
    pass
class HookSub:
    def __getattr__(self, n):
        raise Sub('sub ' + n)
show(lambda: HookSub().y)

class Other:
    def __getattr__(self, n):
        raise KeyError(n)
try:
    Other().z
except KeyError as e:
    print('KeyError', e)

# a loop, so that the attribute loads run cached too
names = []
for i in range(150):
    try:
        p.broken
    except AttributeError as e:
        names.append(e.name)
print(names[0], names[-1], len(names))
