# Attribute and name lookups off the caches' paths: __slots__ members read and written
# through the type, a member replaced on the class, names that are equal but not the same
# object, and methods shadowed by instance attributes (the shape's quick "absent" test).


class P:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Q(P):
    __slots__ = ("w",)


def members():
    total = 0
    for i in range(300):
        p = Q(i, -i)
        p.w = i * 2
        p.x += 1
        total += p.norm1() + p.w
    print("members", total)
    p = P(1, 2)
    try:
        p.z
    except AttributeError as e:
        print("unset slot:", e)
    del p.y
    try:
        print(p.y)
    except AttributeError as e:
        print("deleted slot:", e)
    try:
        del p.y
    except AttributeError as e:
        print("delete twice:", e)
    p.y = 5
    print("set again", p.y, getattr(p, "y"), hasattr(p, "z"))
    try:
        p.other = 1
    except AttributeError as e:
        print("no dict:", e)
    # A class attribute replacing the member descriptor wins from then on.
    saved = P.__dict__["x"]
    P.x = 99
    print("class attr", p.x, Q.x)
    try:
        p.x = 1
    except AttributeError as e:
        print("read-only now:", e)
    P.x = saved
    p.x = 7
    print("restored", p.x, type(P.__dict__["x"]).__name__)


def equal_names():
    ns = {}
    exec("def f():\n    return foo + bar\n", ns)
    key = "".join(["fo", "o"])
    ns[key] = 40
    ns["".join(["ba", "r"])] = 2
    print("globals by equal str", ns["f"]())

    class H:
        def __init__(self, s):
            self.s = s

        def __hash__(self):
            return hash(self.s)

        def __eq__(self, other):
            return other == self.s

    d = {H("spam"): 1}
    print("colliding key", d.get("spam"), "spam" in d)
    o = P(1, 2)
    name = "".join(["x"])
    print("getattr equal str", getattr(o, name), getattr(o, str("y")))

    class S(str):
        pass

    print("str subclass name", getattr(o, S("x")))
    setattr(o, S("y"), 11)
    print("set by subclass name", o.y)


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)

    def m(self):
        return "method"


def shadowing():
    objs = [Many(n) for n in (0, 1, 5, 20, 70)]
    for o in objs:
        print(len(vars(o)), o.m(), getattr(o, "a3", None))
    o = objs[2]
    o.m = lambda: "instance"
    print("shadowed", o.m(), objs[3].m())
    del o.m
    print("unshadowed", o.m())
    names = ["n%d" % i for i in range(64)]
    for k in range(3):
        x = Many(0)
        for n in names[k : k + 40]:
            setattr(x, n, len(n))
        print("probe", k, sum(getattr(x, n, 0) for n in names), hasattr(x, "m"), x.m())


members()
equal_names()
shadowing()
