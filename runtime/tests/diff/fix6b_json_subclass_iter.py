# json.dumps reads list and tuple subclasses through their own __iter__ (dict subclasses
# through items()), in both the one-shot and the indented encoders.
import json
from collections import namedtuple
class ListSub(list):
    def __iter__(self):
        return iter([99, "x"])
class TupleSub(tuple):
    def __iter__(self):
        return iter(["t"])
class DictSub(dict):
    def items(self):
        return [("fake", 1)]
Pt = namedtuple("Pt", "x y")
for obj in [ListSub([1, 2]), TupleSub((1,)), DictSub(a=1), [ListSub(), {"k": TupleSub((5, 6))}], Pt(1, 2), {"p": Pt(3, [4])}]:
    print(json.dumps(obj), json.dumps(obj, indent=1).replace("\n", "|"), json.dumps(obj, sort_keys=True))
class Falsy(list):
    def __len__(self):
        return 0
class EmptyFake(dict):
    def items(self):
        return [("fake", 1)]
for obj in [Falsy([1, 2]), EmptyFake(), [Falsy([3]), {"e": EmptyFake()}], ListSub()]:
    print(json.dumps(obj), json.dumps(obj, indent=1).replace("\n", "|"), list(json.JSONEncoder().iterencode(obj)))
