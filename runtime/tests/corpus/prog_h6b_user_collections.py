from collections import UserDict, UserList, UserString, OrderedDict, Counter, ChainMap
from functools import singledispatchmethod, total_ordering
import itertools

class CaseInsensitiveDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data

h = CaseInsensitiveDict({"Content-Type": "text/html"})
h["ACCEPT"] = "*/*"
print(h, h["content-type"], "Accept" in h, len(h), sorted(h.keys()), h.get("X-Missing", "-"))
h.update({"Host": "example.com"})
print(dict(h), h.pop("host"), list(h.items()), h == {"content-type": "text/html", "accept": "*/*"})
print(type(h.copy()).__name__, h.copy() == h, repr(CaseInsensitiveDict()))

class History(UserList):
    def __init__(self, items=(), limit=5):
        super().__init__(items)
        self.limit = limit
    def append(self, item):
        super().append(item)
        if len(self.data) > self.limit:
            del self.data[0]
hist = History(limit=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    hist.append(cmd)
print(hist, hist[-1], hist[0:2], type(hist[0:2]).__name__, len(hist), "pwd" in hist)
print(hist + ["x"], sorted(hist), hist.index("echo hi"), hist * 2 if False else hist.count("pwd"))
hist.sort(key=len)
print(hist, list(reversed(hist)))

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
s = Shout("hello world")
print(s.shout(), s.title(), s[0:5], type(s[0:5]).__name__, s.split(), s + "?", "wor" in s, len(s), s.replace("o", "0"))
print(Shout("b") < Shout("c"), Shout("abc") == "abc", s.startswith("hell"), s.find("o"), f"{s}", repr(s))

class Renderer:
    @singledispatchmethod
    def render(self, obj):
        return f"<obj {obj!r}>"
    @render.register
    def _(self, obj: int):
        return f"<int {obj:+d}>"
    @render.register
    def _(self, obj: list):
        return "[" + ", ".join(self.render(x) for x in obj) + "]"
    @render.register(dict)
    def _(self, obj):
        return "{" + ", ".join(f"{k}={self.render(v)}" for k, v in obj.items()) + "}"
r = Renderer()
print(r.render(5), r.render("s"), r.render([1, "a", [2]]), r.render({"k": [3], "z": None}))

@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __eq__(self, o):
        return self.RANKS.index(self.rank) == self.RANKS.index(o.rank)
    def __lt__(self, o):
        return self.RANKS.index(self.rank) < self.RANKS.index(o.rank)
    def __repr__(self):
        return self.rank + self.suit
    __hash__ = None
hand = [Card(c) for c in "KS 2H AD TC 5S".split()]
print(sorted(hand), max(hand), min(hand), Card("AS") >= Card("AD"), Card("2S") > Card("3S"))
counts = Counter(c.rank for c in [Card(x) for x in "KS KD 2H 2C 2S".split()])
print(sorted(counts.values(), reverse=True), counts.most_common(1))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od["d"] = 1
print(od, list(od), od.popitem(last=False), OrderedDict(sorted({"b": 2, "a": 1}.items())))
defaults = {"theme": "light", "lang": "en", "size": 10}
user = {"theme": "dark"}
cli = {"size": 14}
cfg = ChainMap(cli, user, defaults)
print(cfg["theme"], cfg["size"], cfg["lang"], dict(cfg), list(cfg.keys()), cfg.maps[1])
cfg["lang"] = "fr"
print(cli, defaults["lang"], "lang" in cfg, len(cfg))
pairs = list(itertools.combinations(sorted(hand), 2))
print(len(pairs), pairs[:3])
