"""Pprint: pprint.pformat of a large nested structure (dicts, lists,
tuples, long strings that get wrapped) at two widths, plus
pprint.saferepr of a structure that contains recursion."""

import pprint
import random

import harness

SEED = 3


def make_data(rng):
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur",
             "adipiscing", "elit", "sed", "eiusmod", "tempor"]
    rows = []
    for i in range(200):
        rows.append({
            "id": i,
            "title": " ".join(rng.choice(words) for _ in range(rng.randrange(3, 20))),
            "values": [rng.randrange(1000) for _ in range(rng.randrange(1, 12))],
            "pair": (rng.random(), "x" * rng.randrange(5)),
            # no sets: their repr order would follow string hashing
            "members": tuple(rng.choice(words) for _ in range(3)),
            "nested": {"a": [i, [i + 1, [i + 2]]], "b": {"c": None}},
        })
    return {"rows": rows, "meta": {"count": len(rows), "tags": words}}


DATA = make_data(random.Random(SEED))
RECURSIVE = [1, 2, {"k": "v"}]
RECURSIVE.append(RECURSIVE)
RECURSIVE[2]["self"] = RECURSIVE[2]


def run_once():
    wide = pprint.pformat(DATA, width=120)
    narrow = pprint.pformat(DATA, width=40, compact=True)
    safe = pprint.saferepr(RECURSIVE)
    return wide, narrow, safe


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


EXPECTED = (69910, 828294414, 118266, 427559476)


def check(result):
    wide, narrow, safe = result
    harness.expect(safe, "[1, 2, {'k': 'v', 'self': <Recursion on dict with "
                   "id=%d>}, <Recursion on list with id=%d>]"
                   % (id(RECURSIVE[2]), id(RECURSIVE)), "saferepr")
    harness.expect(eval(wide) == DATA and eval(narrow) == DATA, True,
                   "output evaluates back to the data")
    harness.expect((len(wide), checksum(wide), len(narrow), checksum(narrow)),
                   EXPECTED, "output lengths and sums")


if __name__ == "__main__":
    harness.main("pprint", run_once, check=check)
