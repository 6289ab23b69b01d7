"""JSON loads: parse three documents with json.loads: a wide record list
with unicode escapes, a deeply nested one, and a long flat array of
numbers.  The documents are built and dumped once at import time."""

import json
import random

import harness

ROUNDS = 15
SEED = 12


def make_records(rng, n=250):
    return [{"key": "k%04d" % i, "text": "\u00e9t\u00e9 \u2603 %d" % i,
             "values": [rng.randrange(10 ** 6) for _ in range(6)],
             "weight": rng.random(), "ok": i % 3 == 0, "none": None}
            for i in range(n)]


def make_nested(depth):
    node = {"leaf": [1, 2.5, "x", True, None]}
    for i in range(depth):
        node = {"level": i, "child": node, "siblings": [i, [i, [i]]]}
    return node


def make_numbers(rng, n=4000):
    return [rng.randrange(-10 ** 9, 10 ** 9) if i % 2 else rng.random() * 1e6
            for i in range(n)]


rng = random.Random(SEED)
TEXTS = [
    json.dumps(make_records(rng)),
    json.dumps(make_records(rng), ensure_ascii=False, indent=1),
    json.dumps(make_nested(120)),
    json.dumps(make_numbers(rng)),
]


def run_once():
    out = None
    for _ in range(ROUNDS):
        out = [json.loads(t) for t in TEXTS]
    return out


def check(result):
    records, records2, nested, numbers = result
    harness.expect(len(records), 250, "records")
    harness.expect(records[7]["text"], "\u00e9t\u00e9 \u2603 7", "unicode")
    harness.expect(sum(sum(r["values"]) for r in records), EXPECTED[0],
                   "sum of values")
    harness.expect(len(records2), 250, "indented records")
    depth = 0
    node = nested
    while "child" in node:
        node = node["child"]
        depth += 1
    harness.expect((depth, node["leaf"]), (120, [1, 2.5, "x", True, None]),
                   "nesting")
    harness.expect(len(numbers), 4000, "numbers")
    harness.expect(sum(numbers[1::2]), EXPECTED[1], "sum of ints")
    harness.expect_close(sum(numbers[0::2]), EXPECTED[2], 1e-12,
                         "sum of floats")


EXPECTED = (753456987, 19697231758, 997480306.8827739)

if __name__ == "__main__":
    harness.main("json_loads", run_once, check=check)
