# Dict displays built in the hot loop: BUILD_MAP (pairs moved off the stack) and
# BUILD_CONST_KEY_MAP, with keys whose __hash__/__eq__ run Python code or raise, in a
# loop long enough to be hot and quickened.
import sys

class K:
    def __init__(self, v, log):
        self.v = v
        self.log = log
    def __hash__(self):
        self.log.append(("hash", self.v))
        return hash(self.v % 3)
    def __eq__(self, o):
        self.log.append(("eq", self.v, o.v))
        return self.v == o.v
    def __repr__(self):
        return "K(%d)" % self.v

class Bad:
    def __hash__(self):
        raise ValueError("no hash for you")

class Noisy:
    def __init__(self, n, dead):
        self.n = n
        self.dead = dead
    def __del__(self):
        self.dead.append(self.n)

def line():
    return sys._getframe(1).f_lineno

out = []
for i in range(200):
    e = {}
    one = {"a": i}
    two = {"a": i, "b": i + 1, "a": -i}
    var = {i: "x", i + 1: "y", str(i): [i]}
    nested = {"k": {"inner": (i, {})}, "l": [{}]}
    const = {"p": 1, "q": i, "r": None}
    log = []
    ks = {K(1, log): 1, K(4, log): 2, K(1, log): 3}
    where = {"at": line()}
    if i % 50 == 0:
        out.append((e, one, two, var, nested, const, sorted(ks.values()), len(ks), log, where))
    try:
        dead = []
        bad = {"x": Noisy(1, dead), Bad(): Noisy(2, dead), "z": Noisy(3, dead)}
    except ValueError as ex:
        if i % 50 == 0:
            out.append(("raised", str(ex), sorted(dead)))
    try:
        {[1]: 2}
    except TypeError as ex:
        if i % 50 == 0:
            out.append(("typeerror", str(ex)))
for o in out:
    print(o)
d = {f"k{j}": j for j in range(5)}
print(d, {**d, "k0": "over"}, dict(a=1, **{"b": 2}))
