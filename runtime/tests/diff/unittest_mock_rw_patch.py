# unittest.mock patchers: patch by dotted name, patch.object, patch.dict, patch.multiple,
# as decorators (functions, classes, stacked), context managers and start/stop; mock_open.
import asyncio
import os
import re
import sys
import types
import unittest
from unittest import mock
from unittest.mock import DEFAULT, MagicMock, Mock, patch, sentinel


def show(v):
    print(re.sub(r"id='\d+'", "id=ID", re.sub(r"0x[0-9a-f]+", "0xADDR", repr(v))))


def attempt(f, *a, **kw):
    try:
        show(f(*a, **kw))
    except Exception as e:
        text = re.sub(r"0x[0-9a-f]+", "0xADDR", str(e))
        print(type(e).__name__, text.replace(" (built-in)>", ">"))


target = types.ModuleType("rw_target")
target.value = 1
target.func = lambda: "real"
target.table = {"a": 1}
sys.modules["rw_target"] = target


class Thing:
    attr = "class attr"

    def method(self):
        return "method"


# Context managers.
with patch("rw_target.value") as new:
    show(new)
    print(target.value is new)
print(target.value)
with patch("rw_target.value", 42) as new:
    print(new, target.value)
print(target.value)
with patch("rw_target.value", new_callable=list) as new:
    print(new, target.value)
with patch("rw_target.missing", create=True) as new:
    print(hasattr(target, "missing"))
print(hasattr(target, "missing"))
attempt(patch("rw_target.missing").__enter__)
attempt(patch, "no_dots")
attempt(patch, 42)
attempt(patch, "rw_target.value", 1, new_callable=list)
attempt(patch("rw_target.value", 3, foo=1).__enter__)
with patch("rw_target.value", spec=["a"]) as new:
    attempt(getattr, new, "b")
with patch("rw_target.func", return_value="fake", name="f") as new:
    print(target.func(), new.call_count)
    show(new)
print(target.func())
with patch("rw_target.func", spec=True) as new:
    print(callable(new))
for kw in ({}, {"new_callable": Mock}, {"spec": True}, {"spec_set": True}, {"name": "z"},
           {"new_callable": mock.NonCallableMock}, {"spec": 1}, {"spec": ["a"]}):
    with patch("rw_target.value", **kw) as new:
        show(new)
with patch.object(Thing, "method", spec=True) as new:
    show(new)
with patch.object(Thing, "method", spec_set=True, new_callable=Mock) as new:
    show(new)
with patch("__main__.Thing", spec=True) as new:
    show(new)
    show(new())
    show(new.method)
    attempt(getattr, new(), "nope")
with patch("__main__.Thing", spec_set=True) as new:
    show(new())
with patch("__main__.Thing", spec=["method"]) as new:
    attempt(new)
with patch("__main__.Thing", spec=["method", "__call__"]) as new:
    show(new())
with patch("__main__.Thing", new_callable=Mock, spec=True) as new:
    show(new())
with patch("os.path.sep", "#"):
    print(os.path.sep)
print(os.path.sep)

# patch.object, including class attributes that must go back to the class.
with patch.object(Thing, "attr", "patched"):
    print(Thing.attr, Thing().attr)
print(Thing.attr, "attr" in Thing.__dict__)


class Child(Thing):
    pass


with patch.object(Child, "attr", "child"):
    print(Child.attr, Thing.attr, "attr" in Child.__dict__)
print(Child.attr, "attr" in Child.__dict__)
with patch.object(Thing, "method") as meth:
    meth.return_value = "mocked"
    print(Thing().method())
print(Thing().method())
attempt(patch.object, "rw_target", "value")
attempt(patch.object(Thing, "nope").__enter__)
t = Thing()
with patch.object(t, "attr", "instance"):
    print(t.attr, Thing.attr)
print(t.attr, "attr" in t.__dict__)

# Decorators.
@patch("rw_target.value")
@patch("rw_target.func", "fixed")
@patch.object(Thing, "attr")
def decorated(attr_mock, value_mock, extra=None):
    print("in", type(attr_mock).__name__, target.func, type(value_mock).__name__, extra)
    return "ret"


print(decorated(), decorated(extra=5), decorated.__name__, len(decorated.patchings))
print(target.value, target.func())


@patch("rw_target.value", 7)
def plain():
    return target.value


print(plain(), target.value)


@patch("rw_target.value")
def raising(m):
    raise KeyError("inside")


attempt(raising)
print(target.value)


@patch("rw_target.value")
async def coro(m):
    return target.value is m


print(asyncio.run(coro()), target.value)


@patch("rw_target.value", 9)
class Case:
    def test_one(self):
        return target.value

    def other(self):
        return target.value


c = Case()
print(c.test_one(), c.other())


@patch("rw_target.value")
class MockedCase(unittest.TestCase):
    def test_a(self, m):
        print("test_a got", type(m).__name__, target.value is m)

    def helper(self):
        return target.value


r = unittest.TestResult()
MockedCase("test_a").run(r)
print(r.testsRun, r.wasSuccessful(), MockedCase("test_a").helper())

old_prefix = patch.TEST_PREFIX
patch.TEST_PREFIX = "check"


@patch("rw_target.value", 11)
class Prefixed:
    def check_it(self):
        return target.value

    def test_it(self):
        return target.value


patch.TEST_PREFIX = old_prefix
print(Prefixed().check_it(), Prefixed().test_it())

# start / stop / stopall.
p1 = patch("rw_target.value", 100)
p2 = patch.object(Thing, "attr", "started")
print(p1.start(), p2.start(), target.value, Thing.attr)
print(p1.stop(), target.value)
print(p1.stop())
p3 = patch.dict("rw_target.table", {"b": 2})
print(p3.start())
patch.stopall()
print(Thing.attr, target.table)

# patch.dict.
d = {"a": 1}
with patch.dict(d, {"b": 2}, c=3) as inner:
    print(inner is d, sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.dict("rw_target.table", x=9):
    print(target.table)
print(target.table)


@patch.dict(d, {"z": 0})
def uses_dict():
    return dict(d)


print(uses_dict(), d)


@patch.dict(d, {"y": 1})
class DictCase:
    def test_d(self):
        return dict(d)


print(DictCase().test_d(), d)


class Mapping:
    def __init__(self):
        self.data = {"k": "v"}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(list(self.data))


mp = Mapping()
with patch.dict(mp, {"n": 1}):
    print(sorted(mp.data.items()))
print(mp.data)
with patch.dict(os.environ, {"RW_PATCH_VAR": "1"}):
    print(os.environ.get("RW_PATCH_VAR"))
print(os.environ.get("RW_PATCH_VAR"))

# patch.multiple.
with patch.multiple("rw_target", value=5, func=DEFAULT) as values:
    print(target.value, sorted(values), type(values["func"]).__name__)
print(target.value, target.func())
with patch.multiple(Thing, attr=DEFAULT, method=DEFAULT, spec=True) as values:
    print(sorted(values))
print(Thing.attr)
attempt(patch.multiple, Thing)


@patch.multiple("rw_target", value=DEFAULT)
def multi(value):
    return type(value).__name__


@patch.multiple("rw_target", value=DEFAULT)
@patch("rw_target.func")
def multi2(func, value):
    return type(func).__name__, type(value).__name__


print(multi(), multi2())

# mock_open.
m = mock.mock_open(read_data="line1\nline2\nline3")
with patch("builtins.open", m):
    with open("somefile") as f:
        print(repr(f.read()))
    with open("other", "w") as f:
        f.write("data")
    with open("again") as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open("iter") as f:
        print(list(f))
show(m.mock_calls[:4])
print(m.call_args, m.return_value.write.call_args)
m = mock.mock_open(read_data=b"bin")
print(m().read(), m().read(1))
mm = MagicMock()
res = mock.mock_open(mm, read_data="abc")
print(res is mm, mm().read())
print(mock.mock_open()().read() == "")
