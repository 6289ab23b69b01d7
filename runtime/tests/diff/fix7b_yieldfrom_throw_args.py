# A `yield from` delegate that is not a generator gets its throw() called with the
# arguments given to the outer throw(), unnormalised (CPython's _gen_throw).
class It:
    def __init__(self):
        self.n = 0
        self.got = []
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('ret')
        return self.n
    def throw(self, *a):
        self.got.append(a)
        return 'thrown-%d' % len(a)

def deleg(it):
    r = yield from it
    yield ('done', r)

def middle(it):
    r = yield from deleg(it)
    return r

it = It()
g = deleg(it)
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError, 'msg'))
e = KeyError('k')
print(g.throw(e))
print(g.throw(TypeError, None, None))
print([tuple(x if not isinstance(x, BaseException) else repr(x) for x in t) for t in it.got])
print(next(g), next(g))

it2 = It()
m = middle(it2)
next(m)
print(m.throw(IndexError, (1, 2)))
print(it2.got)

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
def deleg2():
    try:
        yield from NoThrow()
    except ValueError as ex:
        yield 'caught %r' % (ex,)
g2 = deleg2()
next(g2)
print(g2.throw(ValueError, 'v'))

# a generator delegate still sees a normalised exception
def inner():
    try:
        yield 1
    except ValueError as ex:
        yield 'inner caught %r' % (ex,)
def outer():
    yield from inner()
o = outer()
next(o)
print(o.throw(ValueError, 'x'))
