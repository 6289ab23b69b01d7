import asyncio, pickle, copy
from asyncio import exceptions as ex

print(sorted(ex.__all__))
for name in ex.__all__:
    cls = getattr(ex, name)
    print(name, [c.__name__ for c in cls.__mro__], cls is getattr(asyncio, name))
print(ex.TimeoutError is TimeoutError)
e = ex.IncompleteReadError(b'abc', 10)
print(type(e).__name__, e, e.partial, e.expected, e.args)
e2 = ex.IncompleteReadError(b'', None)
print(str(e2), repr(e2))
r = pickle.loads(pickle.dumps(e))
print(type(r).__name__, r, r.partial, r.expected)
print(e.__reduce__()[0] is ex.IncompleteReadError, e.__reduce__()[1])
l = ex.LimitOverrunError('too long', 42)
print(type(l).__name__, l, l.consumed, l.args, repr(l))
l2 = pickle.loads(pickle.dumps(l))
print(l2, l2.consumed, l2.args)
print(copy.copy(l).consumed, copy.deepcopy(e).partial)
try:
    raise ex.CancelledError('why')
except Exception:
    print('caught as Exception')
except BaseException as b:
    print('caught as BaseException', type(b).__name__, b)
print(repr(ex.InvalidStateError('bad state')), repr(ex.SendfileNotAvailableError('nope')),
      repr(ex.BrokenBarrierError()))
class Sub(ex.IncompleteReadError): pass
s = pickle.loads(pickle.dumps(Sub(b'xy', 3)))
print(type(s).__name__, s)
