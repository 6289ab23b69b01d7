# unittest.mock: patch.dict variants, stacked/failing patches, PropertyMock, ANY, call chains.
from unittest import mock
from unittest.mock import ANY, DEFAULT, MagicMock, Mock, PropertyMock, call, patch, sentinel
import os


class KeysOnly:
    """A mapping with item access and iteration only (no clear/copy/update)."""
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(list(self._d))
    def __repr__(self):
        return 'KeysOnly(%r)' % (self._d,)


ko = KeysOnly(a=1, b=2)
with patch.dict(ko, {'c': 3}, clear=True) as got:
    print('inside', got is ko, ko)
print('after', ko)

target = {'x': 1}


@patch.dict(target, y=2)
def f(n):
    return sorted(target.items()), n
print(f(5), target)


@patch.dict(target, {'z': 26}, clear=True)
class T:
    def test_one(self):
        return dict(target)
    def other(self):
        return dict(target)
print(T().test_one(), T().other(), target)


class Thing:
    a = 1
    b = 2


@patch.object(Thing, 'a', 10)
@patch.object(Thing, 'b')
def stacked(mb):
    return Thing.a, isinstance(mb, MagicMock), len(stacked.patchings)
print(stacked(), Thing.a, Thing.b)


@patch.object(Thing, 'a')
@patch.object(Thing, 'b')
def order(mb, ma):
    return mb is Thing.b, ma is Thing.a
print(order())

try:
    with patch.multiple(Thing, a=DEFAULT, nope=DEFAULT):
        pass
except AttributeError as e:
    print(type(e).__name__, e)
print(Thing.a, Thing.b, hasattr(Thing, 'nope'))

with patch.multiple(Thing, a=DEFAULT, b=7) as made:
    print(sorted(made), Thing.b)
print(Thing.a, Thing.b)


class P:
    pass
pm = PropertyMock(return_value=42)
P.x = pm
p = P()
print(p.x)
p.x = 9
print(pm.mock_calls)
print(type(pm.child).__name__)

print(ANY == 3, ANY != 3, repr(ANY), [1, ANY] == [1, 'q'], ANY in (None, 4))
try:
    hash(ANY)
except TypeError as e:
    print(type(e).__name__, e)
print(call(1), call.a.b(2, k=3), call.a.b, repr(call().c))
m = Mock()
m.a.b(2, k=3)
print(m.mock_calls == [call.a.b(2, k=3)], m.mock_calls)

m = Mock(return_value=sentinel.R, name='nm')
print(m() is sentinel.R, sentinel.R, DEFAULT, mock.sentinel.DEFAULT is DEFAULT)

mm = MagicMock()
mm.__str__ = lambda self: 'custom'
print(str(mm), type(mm).__str__.__name__)
mm.__len__.return_value = 3
print(len(mm), type(mm).__len__.__name__ if hasattr(type(mm).__len__, '__name__') else '-')

with patch('os.getcwd', return_value='/nowhere') as g:
    print(os.getcwd(), g.call_count)

p = patch.object(Thing, 'a', 5)
p.start()
print(Thing.a)
p.stop()
print(Thing.a)
