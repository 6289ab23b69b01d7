"""Deepcopy: copy.deepcopy of a nested structure of dicts, lists, tuples,
sets, plain class instances, a dataclass, a __slots__ class, shared
references and a reference cycle.  The copy is compared with the
original, and sharing inside the copy must mirror the original."""

import copy
from dataclasses import dataclass, field

import harness

ROUNDS = 30


class Account(object):
    def __init__(self, owner, balance, history):
        self.owner = owner
        self.balance = balance
        self.history = history
        self.parent = None


class Point(object):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclass
class Settings:
    name: str
    limits: dict
    flags: list = field(default_factory=list)


def build():
    shared = [1, 2, 3, "shared"]
    root = {"accounts": [], "settings": None, "matrix": [], "tags": set()}
    for i in range(40):
        acct = Account("user%d" % i, i * 10.5,
                       [(j, "tx%d" % j, shared if j % 7 == 0 else None)
                        for j in range(12)])
        acct.parent = root            # cycle back to the top
        root["accounts"].append(acct)
    root["settings"] = Settings("main", {"depth": 3, "width": [4, 5]},
                                ["a", "b", shared])
    root["matrix"] = [[Point(x, y) for x in range(8)] for y in range(8)]
    root["tags"] = {"x", "y", "z"}
    root["frozen"] = frozenset([1, 2, 3])
    root["nested"] = (shared, [shared, {"again": shared}], b"bytes", None,
                      True, 1.5, 10 ** 30)
    root["self"] = root
    return root


DATA = build()


def run_once():
    result = None
    for _ in range(ROUNDS):
        result = copy.deepcopy(DATA)
    return result


def check(c):
    o = DATA
    if c is o or c["self"] is not c:
        raise harness.CheckFailed("cycle not preserved")
    harness.expect(len(c["accounts"]), 40, "accounts")
    for a, b in zip(o["accounts"], c["accounts"]):
        if a is b or a.history is b.history:
            raise harness.CheckFailed("account shared with original")
        harness.expect((b.owner, b.balance, len(b.history)),
                       (a.owner, a.balance, len(a.history)), "account")
        if b.parent is not c:
            raise harness.CheckFailed("parent not remapped")
    shared_copy = c["nested"][0]
    if shared_copy is o["nested"][0] or shared_copy != o["nested"][0]:
        raise harness.CheckFailed("shared list wrong")
    if (c["accounts"][0].history[0][2] is not shared_copy
            or c["settings"].flags[2] is not shared_copy
            or c["nested"][1][1]["again"] is not shared_copy):
        raise harness.CheckFailed("sharing not mirrored in the copy")
    harness.expect(c["settings"].limits, {"depth": 3, "width": [4, 5]},
                   "settings")
    harness.expect(sum(p.x * 8 + p.y for row in c["matrix"] for p in row),
                   sum(range(64)), "points")
    harness.expect(c["tags"], {"x", "y", "z"}, "tags")
    harness.expect(c["nested"][2:], (b"bytes", None, True, 1.5, 10 ** 30),
                   "atoms")


if __name__ == "__main__":
    harness.main("deepcopy", run_once, check=check)
