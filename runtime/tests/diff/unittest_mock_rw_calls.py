# unittest.mock: Mock/MagicMock call recording, return values and side effects, call
# objects, the assert_* methods and their messages, specs, naming and reprs, magic methods.
import re
from unittest import mock
from unittest.mock import (ANY, DEFAULT, MagicMock, Mock, NonCallableMagicMock,
                           NonCallableMock, PropertyMock, call, sentinel)


def show(v):
    print(re.sub(r"id='\d+'", "id=ID", re.sub(r"\d{6,}", "N", repr(v))))


def attempt(f, *a, **kw):
    try:
        show(f(*a, **kw))
    except Exception as e:
        print(type(e).__name__, re.sub(r"\d{6,}", "N", str(e)))


m = Mock()
show(m)
r = m(1, 2, key="v")
show(r)
print(r is m.return_value, r is m(), m.called, m.call_count)
show(m.call_args)
show(m.call_args_list)
show(m.mock_calls)
print(m.call_args.args, m.call_args.kwargs)
print(m.call_args == ((1, 2), {"key": "v"}), m.call_args == call(1, 2, key="v"))

# Children, names and the calls they record on their parents.
m = Mock(name="root")
m.a.b(1)
m.a(2).c(x=3)
m.method()
m()(4)
show(m.a)
show(m.a.b)
show(m.a.return_value.c)
show(m.return_value)
show(m.mock_calls)
show(m.method_calls)
show(m.a.mock_calls)
print(m.mock_calls == [call.a.b(1), call.a(2), call.a().c(x=3), call.method(), call(), call()(4)])
anon = Mock()
show(anon.x.y.z)
show(anon().q)

# return_value and side_effect forms.
m = Mock(return_value=5)
print(m(), m(1))
m = Mock(side_effect=[1, 2, KeyError("k"), DEFAULT])
m.return_value = "rv"
print(m(), m())
attempt(m)
print(m())
attempt(m)
m = Mock(side_effect=ValueError("bad"))
attempt(m)
m = Mock(side_effect=TypeError)
attempt(m)
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=lambda: DEFAULT, return_value=9)
print(m())
m.side_effect = None
print(m())
m = Mock(side_effect=iter("ab"))
print(m(), m())
attempt(m)
print(type(Mock(side_effect=[1]).side_effect).__name__)
w = Mock(wraps=lambda a, b: a - b)
print(w(5, 3), w.call_args)
w.return_value = 0
print(w(5, 3))

# Assertions and their messages.
m = Mock(name="fn")
attempt(m.assert_called)
attempt(m.assert_called_with, 1)
attempt(m.assert_called_once_with, 1)
m.assert_not_called()
m(1, a=2)
m.assert_called()
m.assert_called_once()
m.assert_called_with(1, a=2)
m.assert_called_once_with(1, a=2)
m.assert_any_call(1, a=2)
attempt(m.assert_called_with, 1, a=3)
attempt(m.assert_not_called)
m(2)
attempt(m.assert_called_once)
attempt(m.assert_called_once_with, 2)
attempt(m.assert_any_call, 3)
m.assert_has_calls([call(1, a=2), call(2)])
m.assert_has_calls([call(2), call(1, a=2)], any_order=True)
attempt(m.assert_has_calls, [call(2), call(1, a=2)])
attempt(m.assert_has_calls, [call(5), call(2)], any_order=True)
m.assert_called_with(ANY)
m.assert_any_call(ANY, a=ANY)
anon = Mock()
attempt(anon.assert_called_once)
attempt(getattr, anon, "assret_called")
attempt(getattr, anon, "assert_frobnicated")
attempt(getattr, Mock(unsafe=True), "assert_whatever")

# ANY, sentinel, DEFAULT.
print(ANY == 1, ANY != 1, repr(ANY), [1, ANY] == [1, "x"])
print(sentinel.foo is sentinel.foo, sentinel.foo is sentinel.bar, repr(sentinel.foo))
print(DEFAULT is sentinel.DEFAULT, repr(DEFAULT))

# call objects.
c = call(1, b=2)
print(repr(c), c.args, c.kwargs, len(c), tuple(c))
show(call.foo.bar(3))
show(call.foo(1).bar(2).call_list())
show(call())
show(call)
show(call.x)
print(call(1) == call(1), call(1) != call(2), call.a(1) == call.b(1), call(1) == ("", (1,), {}))
print(call.a(1) == ("a", (1,)), call(1) == ((1,),), call(x=1) == ({"x": 1},), call() == ())
print(call.count(3), call.index)
print(call(1) in [call(2), call(1)])
lst = mock._CallList([call(1), call(2), call(3)]) if hasattr(mock, "_CallList") else None
m = Mock()
m(1); m(2); m(3)
print([call(2), call(3)] in m.call_args_list, [call(3), call(2)] in m.call_args_list,
      call(2) in m.call_args_list)
print(repr(m.call_args_list))

# Specs.
class Spec:
    attr = 1

    def method(self, a):
        return a


s = Mock(spec=Spec)
show(s)
print(isinstance(s, Spec), s.__class__ is Spec)
show(s.method)
attempt(getattr, s, "nope")
s.nope = 3
print(s.nope)
ss = Mock(spec_set=Spec)
show(ss)
attempt(setattr, ss, "nope", 1)
ss.attr = 5
print(ss.attr)
ls = Mock(spec=["alpha", "beta"])
show(ls.alpha)
attempt(getattr, ls, "gamma")
inst = Mock(spec=Spec())
print(isinstance(inst, Spec))
m = Mock()
m.mock_add_spec(["x"])
attempt(getattr, m, "y")
show(m.x)
nc = NonCallableMock()
attempt(nc)
show(nc)
ncm = NonCallableMagicMock()
print(len(ncm))
attempt(ncm)

# configure_mock, attach_mock, reset_mock, deleting attributes, dir.
m = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "plain": 7})
print(m.method(), m.plain)
attempt(m.other)
m.configure_mock(**{"a.b.c": 1})
print(m.a.b.c)
parent = Mock()
child = Mock(return_value=4)
parent.attach_mock(child, "kid")
print(parent.kid(), parent.mock_calls)
show(child)
parent.reset_mock()
print(parent.mock_calls, child.called, child.call_count, parent.kid())
m = Mock(return_value=1, side_effect=[9])
m.reset_mock(return_value=True, side_effect=True)
show(m.side_effect)
show(m())
m = Mock()
m.x
del m.x
attempt(getattr, m, "x")
attempt(delattr, m, "x")
m.y = 3
del m.y
attempt(getattr, m, "y")
m = Mock()
m.child
m.value = 1
print([n for n in dir(m) if n in ("child", "value", "assert_called", "return_value")])
print(mock.FILTER_DIR)
attempt(getattr, Mock(), "_mock_hidden")
attempt(getattr, Mock(), "__secret__")

# Assigning mocks as attributes names them.
m = Mock(name="top")
m.sub = Mock()
show(m.sub)
m.sub(1)
print(m.mock_calls)
named = Mock(name="already")
m.other = named
show(m.other)
m.other(2)
print(m.mock_calls)
m.rv_holder.return_value = Mock()
show(m.rv_holder())

# MagicMock defaults and configuration.
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), complex(mm), 3 in mm)
print(mm == mm, mm != mm, mm == 3, mm != 3, hash(mm) == hash(mm))
print(str(mm).startswith("<MagicMock id="), mm.__index__(), round(mm) is not None)
print(mm < 1 if False else "lt ok")
attempt(lambda: mm < 1)
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__exit__.return_value, mm.__len__.call_count)
mm.__len__.return_value = 3
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 2
mm.__contains__.return_value = True
mm.__eq__.return_value = "eq!"
print(len(mm), list(mm), list(mm), mm[4], 5 in mm, mm == 1)
mm.__str__ = lambda self: "custom"
print(str(mm))
mm.__int__ = Mock(return_value=42)
print(int(mm))
del mm.__int__
attempt(int, mm)
show(mm.__getitem__)
mm[1] = 2
print(mm.__setitem__.call_args)
show(mm.mock_calls[-3:])
m2 = MagicMock()
m2 + 1
m2 * 3
print(m2.__add__.called, m2.__mul__.call_args)
ms = MagicMock(spec=["__len__", "foo"])
print(len(ms))
attempt(iter, ms)
m3 = Mock()
attempt(len, m3)
m3.__len__ = lambda self: 6
print(len(m3))
attempt(setattr, Mock(spec=["a"]), "__len__", lambda s: 1)
child = MagicMock().child
print(type(child).__name__, type(Mock().c).__name__, type(NonCallableMagicMock().c).__name__,
      type(NonCallableMock().c).__name__)
show(MagicMock(name="mm").__len__)


# PropertyMock.
class Holder:
    pass


pm = PropertyMock(return_value=3)
Holder.prop = pm
h = Holder()
print(h.prop)
h.prop = 4
print(pm.mock_calls)
show(pm.child)
print(type(pm.child).__name__)


class Sub(Mock):
    pass


sm = Sub()
show(sm)
print(type(sm.attr).__name__)

# call objects are tuples whose tuple-method names are call names too.
c = call.foo(1, a=2)
print(c, len(c), list(c), c[0], c[1:], tuple(c), str(c), c.args, c.kwargs, c != call.foo(2))
print(repr(call.__len__()), repr(call.__foo__), call.__len__() == ("__len__", (), {}))
mm = MagicMock()
len(mm)
mm(3)
print(mm.mock_calls == [call.__len__(), call(3)])
first, second, third = c
print(first, second, third, isinstance(c, tuple), type(c).__name__)
print(f"{c}", "%s" % (c,))
attempt(hash, c)
print(call.foo(1) == ("bar", (1,)), call.foo(1) == ((1,), {}), call.foo(1) == ("foo", (1,), {}))
print(call(1) == call.x(1), call(1, 2) == (1, 2), Mock()._mock_children)
