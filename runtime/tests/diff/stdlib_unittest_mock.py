# unittest.mock: call recording, call objects, assertion messages, side effects, magic methods, patch.
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel
import os

m = Mock()
m(1, 2, a=3)
m.foo.bar(5)
m.foo(6)
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args.args, m.call_args.kwargs)
args, kwargs = m.call_args
print(args, kwargs)
print(m.call_args == call(1, 2, a=3), m.mock_calls[1] == call.foo.bar(5))
m.assert_called_with(1, 2, a=3)
m.assert_called_once_with(1, 2, a=ANY)
for f in [lambda: m.assert_called_with(1), lambda: m.assert_not_called(), lambda: Mock().assert_called(),
          lambda: Mock(name='zz').assert_called_with(3), lambda: m.foo.assert_called_once(),
          lambda: m.assert_any_call(9), lambda: m.assert_has_calls([call(7)]),
          lambda: m.assert_has_calls([call(7)], any_order=True), lambda: m.assert_called_once_with(),
          lambda: m.assret_called(), lambda: Mock(spec=['a']).b]:
    try:
        f()
        print("no error")
    except (AssertionError, AttributeError) as e:
        print(type(e).__name__, e)
m.assert_has_calls([call(1, 2, a=3), call.foo.bar(5)])
r = Mock(return_value=3)
print(r(), r.return_value)
s = Mock(side_effect=[1, 2, KeyError('k')])
print(s(), s())
try: s()
except KeyError as e: print("KeyError", e)
s = Mock(side_effect=lambda x: x * 2)
print(s(21))
s = Mock(side_effect=ValueError)
try: s()
except ValueError as e: print("ValueError", repr(e))
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, mm == mm, mm != 3)
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.return_value = 'x'
print(len(mm), list(mm), mm[0], mm.__getitem__.call_args)
with mm as v:
    print(v is mm.__enter__.return_value)
mm.__exit__.assert_called_once_with(None, None, None)
print(sentinel.foo is sentinel.foo, sentinel.foo)
c = MagicMock(x=1, **{'y.return_value': 4})
print(c.x, c.y())
def f(): return os.getcwd()
with patch('os.getcwd', return_value='/fake') as g:
    print(f(), g.call_count)
print(f() != '/fake')
@patch('os.path.exists')
@patch('os.getcwd')
def t(getcwd, exists):
    getcwd.return_value = 'A'; exists.return_value = 'B'
    return os.getcwd(), os.path.exists('q')
print(t())
class K:
    v = 1
    def meth(self): return 'real'
with patch.object(K, 'meth', return_value='fake'):
    print(K().meth())
print(K().meth())
d = {'a': 1}
with patch.dict(d, {'b': 2}, clear=True):
    print(d)
print(d)
with patch.dict('os.environ', {'ZZZ_TEST': '1'}):
    print(os.environ['ZZZ_TEST'])
print('ZZZ_TEST' in os.environ)
m.reset_mock()
print(m.call_count, m.mock_calls)
p = patch('os.sep', '!')
p.start(); print(os.sep); p.stop(); print(os.sep)
try:
    with patch('os.nonexistent_attr'): pass
except AttributeError as e: print("AttributeError", str(e).split(">")[1])
nm = Mock(name='named')
print(nm.child.return_value._extract_mock_name(), nm()._extract_mock_name())
sp = Mock(spec=K)
print(isinstance(sp, K), hasattr(sp, 'meth'), hasattr(sp, 'zzz'))
op = mock.mock_open(read_data='hello\nworld\n')
with patch('builtins.open', op):
    with open('anything') as fh:
        print(fh.read())
op.assert_called_once_with('anything')
pm = MagicMock()
type(pm).size = mock.PropertyMock(return_value=7)
print(pm.size)
lst = [call(1), call.a(2), call()(3)]
print(lst, call.x.y(1, k=2))
m2 = MagicMock()
m2.a.b.c(1)
m2().d(2)
print(m2.mock_calls)
print(m2.method_calls)
print(m2.mock_calls == [call.a.b.c(1), call(), call().d(2)])
m3 = Mock(wraps=lambda x: x + 1)
print(m3(1), m3.call_args)
import unittest
class T(unittest.TestCase):
    @patch("os.getcwd", return_value="/p")
    def test_cwd(self, g):
        self.assertEqual(os.getcwd(), "/p")
        g.assert_called_once_with()
    def test_fail(self):
        m = Mock(name="thing")
        m(1)
        m.assert_called_once_with(2)
import io
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf).run(unittest.TestLoader().loadTestsFromTestCase(T))
print(r.testsRun, len(r.failures), r.failures[0][1].splitlines()[-3:])
