"""JSON dumps: serialise a generated document (records with nested
lists and dicts, unicode and escaped strings, ints, floats, booleans and
nulls) with json.dumps, in the default and an indented, key-sorted
form."""

import json
import random

import harness

RECORDS = 300
ROUNDS = 5
SEED = 11

WORDS = ["alpha", "beta", "gamma", "delta", "caf\u00e9", "na\u00efve",
         "\u65e5\u672c", "tab\there", "quote\"d", "back\\slash", "line\nbreak",
         "emoji \U0001f600"]


def make_doc(rng):
    records = []
    for i in range(RECORDS):
        records.append({
            "id": i,
            "name": " ".join(rng.choice(WORDS) for _ in range(3)),
            "score": rng.random() * 1000,
            "ratio": round(rng.random(), 6),
            "active": rng.random() < 0.5,
            "parent": None if i == 0 else rng.randrange(i),
            "tags": [rng.choice(WORDS) for _ in range(rng.randrange(5))],
            "coords": {"x": rng.randrange(-1000, 1000),
                       "y": rng.randrange(-1000, 1000),
                       "z": [rng.random() for _ in range(3)]},
        })
    return {"version": 3, "generated_by": "ember suites", "records": records}


DOC = make_doc(random.Random(SEED))


def run_once():
    out = None
    for _ in range(ROUNDS):
        plain = json.dumps(DOC)
        pretty = json.dumps(DOC, indent=2, sort_keys=True)
        out = (plain, pretty)
    return out


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


EXPECTED = (80180, 108499989, 125880, 957205106)


def check(result):
    plain, pretty = result
    if json.loads(plain) != DOC or json.loads(pretty) != DOC:
        raise harness.CheckFailed("output does not round-trip")
    harness.expect((len(plain), checksum(plain), len(pretty),
                    checksum(pretty)), EXPECTED, "output lengths and sums")


if __name__ == "__main__":
    harness.main("json_dumps", run_once, check=check)
