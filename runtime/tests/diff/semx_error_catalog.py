"""Robust record importer that reports built-in error messages for bad input."""
import json
from collections import namedtuple, OrderedDict

Row = namedtuple("Row", "id name qty price tags")


class Importer:
    required = ("id", "name", "qty", "price")

    def __init__(self):
        self.rows = []
        self.errors = []

    def convert(self, raw):
        rec = {k: raw[k] for k in self.required}
        rec["id"] = int(rec["id"])
        rec["qty"] = int(rec["qty"])
        rec["price"] = float(rec["price"])
        rec["name"] = rec["name"].strip().title()
        rec["tags"] = tuple(sorted(raw.get("tags", [])))
        if rec["qty"] < 0:
            raise ValueError(f"negative qty {rec['qty']}")
        return Row(**rec)

    def feed(self, lineno, raw):
        try:
            row = self.convert(raw)
        except Exception as e:
            self.errors.append((lineno, type(e).__name__, str(e)))
        else:
            self.rows.append(row)


lines = [
    '{"id": "1", "name": " widget ", "qty": 3, "price": "2.50", "tags": ["b", "a"]}',
    '{"id": "x2", "name": "bolt", "qty": 1, "price": 1}',
    '{"id": 3, "name": "nut", "price": 0.1}',
    '{"id": 4, "name": 44, "qty": 1, "price": 1}',
    '{"id": 5, "name": "gear", "qty": "ten", "price": 1}',
    '{"id": 6, "name": "cog", "qty": -2, "price": 1}',
    '{"id": 7, "name": "pin", "qty": 2, "price": null}',
    '{"id": 8, "name": "rod", "qty": 2, "price": "1,5"}',
    '{"id": 9, "name": "cap", "qty": 2.7, "price": 3, "tags": [1, "x"]}',
    '{"id": [10], "name": "lid", "qty": 1, "price": 1}',
    '{"id": 11, "name": "axle", "qty": 1, "price": 1, "tags": 5}',
    '["not", "an", "object"]',
    '{"id": 12, "name": "tube", "qty": 1, "price": 1,}',
    '',
    '{"id": 13, "name": "belt", "qty": "7", "price": "1e2"}',
]
imp = Importer()
for n, line in enumerate(lines, 1):
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as e:
        imp.errors.append((n, "JSONDecodeError", f"{e.msg} @ {e.lineno}:{e.colno}"))
        continue
    imp.feed(n, raw)

for row in imp.rows:
    print(row)
for err in imp.errors:
    print("line %2d %-18s %s" % err)

print("--- lookups ---")
inventory = OrderedDict((r.name, r) for r in imp.rows)
probes = [
    lambda: inventory["Sprocket"],
    lambda: imp.rows[10],
    lambda: imp.rows[0].weight,
    lambda: imp.rows[0]._replace(weight=1),
    lambda: imp.rows[0].name.fold(),
    lambda: Row(1, 2, 3),
    lambda: Row(1, 2, 3, 4, 5, 6),
    lambda: imp.rows[0] * 1.5,
    lambda: imp.rows[0].qty + "1",
    lambda: "total: " + imp.rows[0].price,
    lambda: sum(r.name for r in imp.rows),
    lambda: {r: 1 for r in [{"a": 1}]},
    lambda: sorted([imp.rows[0], None]),
    lambda: max([]),
    lambda: imp.rows[0].tags[5],
    lambda: imp.rows[0].tags.append("c"),
    lambda: setattr(imp.rows[0], "qty", 9),
    lambda: inventory.move_to_end("Nope"),
    lambda: json.dumps({"row": imp.rows[0], "s": {1}}),
    lambda: json.dumps({(1, 2): "tuple key"}),
    lambda: round("2.5"),
    lambda: int("12abc"),
    lambda: float("1.2.3"),
    lambda: "{name}: {qty:d}".format(**imp.rows[0]._asdict(), extra=1).upper() + "{}".format(),
    lambda: "{0}{1}".format("only one"),
    lambda: "%d items" % "3",
    lambda: divmod(imp.rows[0].qty, 0),
    lambda: imp.rows[0].price / 0,
    lambda: list(inventory.values())[0].tags.index("z"),
    lambda: dict(imp.rows[0]),
    lambda: next(iter(inventory.clear() or inventory)),
]
for i, probe in enumerate(probes):
    try:
        print(i, "ok", probe())
    except Exception as e:
        print(i, type(e).__name__, e)
print(len(inventory), len(imp.rows))
