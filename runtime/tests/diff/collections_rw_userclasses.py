# UserDict, UserList and UserString: the wrapped object's behaviour, subclassing, copies.
from collections import UserDict, UserList, UserString
import collections.abc as cabc
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("--- UserDict")
u = UserDict({"a": 1}, b=2)
print(u, repr(u), len(u), u["a"], u.get("zz", 5), "b" in u, list(u), u.data, type(u.data).__name__)
print(UserDict(), UserDict(dict={"x": 1}) if False else UserDict([("k", "v")]), UserDict(x=1, y=2))
show("missing", lambda: u["zz"])
u["c"] = 3
del u["a"]
show("del missing", lambda: u.__delitem__("a"))
print(u, u.pop("c"), u.setdefault("d", 4), u.popitem(), u)
print(u | {"e": 5}, {"e": 5} | u, type({"e": 5} | u).__name__, u | UserDict(f=6))
show("or bad", lambda: u | 5)
u |= {"g": 7}
u |= UserDict(h=8)
print(u, u == {"b": 2, "g": 7, "h": 8}, u == UserDict(u), u != {})
print(UserDict.fromkeys("ab"), UserDict.fromkeys("ab", 0), u.keys(), u.items(), u.values())
c = u.copy()
c["new"] = 1
print(c, u, type(c).__name__)


class Missing(UserDict):
    def __missing__(self, key):
        return key.upper()


class Attr(UserDict):
    def __init__(self, *a, **k):
        self.extra = "E"
        super().__init__(*a, **k)


m = Missing(a="x")
print(m["a"], m["q"], m.get("q"), "q" in m)
a = Attr(k=1)
ac = a.copy()
print(type(ac).__name__, ac, ac.extra, copy.copy(a).extra, copy.copy(a).data is a.data)
print(copy.copy(u).data is u.data, copy.copy(u) == u, copy.deepcopy(u))
u.clear()
print(u, bool(u), isinstance(u, cabc.MutableMapping))
u.update([("z", 26)], y=25)
print(u)

print("--- UserList")
ul = UserList([3, 1, 2])
print(ul, repr(ul), len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__, UserList(), UserList("ab"))
print(UserList(ul), UserList(ul).data is ul.data, UserList((1, 2)), UserList(x for x in range(3)))
print(ul < [4], ul <= UserList([3, 1, 2]), ul == [3, 1, 2], ul != UserList([3]), ul > [3], ul >= [3, 1, 2])
print(ul + [9], [9] + ul, ul + UserList([8]), ul + (7,), (7,) + ul if False else ul * 2, 2 * ul, ul * 0)
show("radd tuple", lambda: (7,) + ul)
ul2 = UserList(ul)
ul2 += [4]
ul2 += UserList([5])
ul2 += (6,)
ul2 *= 2
print(ul2, 2 in ul2, ul2.count(4), ul2.index(4), ul2.index(4, 5))
show("index missing", lambda: ul2.index(100))
ul2.append(0)
ul2.insert(0, -1)
ul2.extend([10, 11])
ul2.extend(UserList([12]))
print(ul2.pop(), ul2.pop(0), ul2)
ul2.remove(4)
show("remove missing", lambda: ul2.remove(100))
ul2.reverse()
print(ul2)
ul2.sort()
print(ul2)
ul2.sort(key=lambda v: -v, reverse=True)
print(ul2)
ul2[0] = "first"
del ul2[1]
ul2[1:3] = ["s1", "s2", "s3"]
del ul2[-2:]
print(ul2, ul2.copy(), type(ul2.copy()).__name__)
ul2.clear()
print(ul2, copy.copy(ul).data is ul.data, copy.copy(ul) == ul)
show("pop empty", lambda: UserList().pop())
print(isinstance(ul, cabc.MutableSequence), list(reversed(ul)), sorted(ul), 5 in ul)


class Stack(UserList):
    def push(self, v):
        self.append(v)


s = Stack([1])
s.push(2)
print(s, type(s + [3]).__name__, type(s[:]).__name__, type(s * 2).__name__, type(s.copy()).__name__)

print("--- UserString")
us = UserString("Hello World")
print(us, repr(us), str(us), len(us), us[0], us[-5:], type(us[0]).__name__, us.data)
print(UserString(42), UserString(us), UserString(b"x"), UserString(None))
print(us == "Hello World", us == UserString("Hello World"), us < "I", us <= us, us > "A", us >= UserString("Z"))
print(hash(us) == hash("Hello World"), "World" in us, UserString("lo") in us, us + "!", "!" + us, us + UserString("?"))
print(us + 5 if False else us * 2, 2 * us, UserString("%s-%d") % ("a", 1), "%s!" % UserString("x"))
print(int(UserString("12")), float(UserString("1.5")), complex(UserString("1+2j")))
show("int bad", lambda: int(UserString("x")))
for name in ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "strip", "lstrip", "rstrip",
             "isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
             "isnumeric", "isprintable", "isspace", "istitle", "isupper", "split", "rsplit", "splitlines"]:
    r = getattr(UserString("  mIxed Case 12\n "), name)()
    print(name, type(r).__name__, repr(r))
print(us.center(15, "*"), us.ljust(13, "-"), us.rjust(13), us.zfill(14), UserString("a\tb").expandtabs(4))
print(us.count("o"), us.count(UserString("l")), us.find("o"), us.find(UserString("o"), 5), us.rfind("o"),
      us.rfind(UserString("l")), us.index("W"), us.rindex("o"))
show("index missing", lambda: us.index("zz"))
show("rindex missing", lambda: us.rindex("zz"))
print(us.startswith("Hell"), us.endswith(("d", "x")), us.startswith("W", 6), us.endswith("o", 0, 5))
print(us.replace("l", "L"), us.replace(UserString("o"), UserString("0"), 1), us.removeprefix("Hello "),
      us.removesuffix(UserString("World")), us.partition(" "), us.rpartition("o"))
print(us.split("o"), us.split(maxsplit=1), us.rsplit("l", 1), UserString("a\nb\n").splitlines(True))
print(UserString(",").join(["a", "b"]), us.encode(), us.encode(None, None), us.encode("utf-16-le")[:4])
print(UserString("{0}-{x}").format(1, x=2), UserString("{a}").format_map({"a": 3}))
tbl = UserString.maketrans("lo", "01")
print(tbl, us.translate(tbl), type(us.translate(tbl)).__name__, us.__getnewargs__())
print(copy.copy(us), copy.deepcopy(us), sorted([UserString("b"), UserString("a")]))
print(isinstance(us, cabc.Sequence), list(UserString("abc")), list(reversed(UserString("abc"))),
      UserString("abcb").index("b"), UserString("abcb").count("b"))


class Shout(UserString):
    def __str__(self):
        return self.data.upper()


sh = Shout("hey")
print(sh, repr(sh), type(sh + "x").__name__, type(sh[1:]).__name__, type(sh.strip()).__name__)

print("--- class members and signatures")
import inspect
from collections import Counter, ChainMap
for cls in (UserDict, UserList, UserString, Counter, ChainMap):
    names = sorted(k for k in cls.__dict__ if k not in ("__dict__", "__weakref__", "__module__", "__doc__",
                                                      "_abc_impl", "__abstractmethods__", "__parameters__")
                   and not k.startswith("_" + cls.__name__) and not k.startswith("_abc"))
    print(cls.__name__, names)
    for k in names:
        v = cls.__dict__[k]
        f = v.__func__ if isinstance(v, (classmethod, staticmethod)) else v
        if callable(f) and hasattr(f, "__code__"):
            print("   ", k, inspect.signature(f), f.__name__)
print(sorted(cls.__name__ for cls in UserDict.__mro__), UserString.__mro__[1].__name__, UserList.__mro__[1].__name__)
