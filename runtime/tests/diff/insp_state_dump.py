"""Snapshot a simulated job scheduler's state and print it with pprint and a custom reprlib."""
import collections
import dataclasses
import pprint
import reprlib
import types


@dataclasses.dataclass
class Job:
    name: str
    deps: list
    retries: int = 0
    meta: dict = dataclasses.field(default_factory=dict)


class Matrix:
    def __init__(self, rows):
        self.rows = rows


class StateRepr(reprlib.Repr):
    def __init__(self):
        super().__init__()
        self.maxlist = 4
        self.maxstring = 20
        self.maxlevel = 3

    def repr_Matrix(self, obj, level):
        return f"<Matrix {len(obj.rows)}x{len(obj.rows[0]) if obj.rows else 0}>"

    def repr_Job(self, obj, level):
        if level <= 0:
            return "<Job ...>"
        return f"Job({obj.name!r}, deps={self.repr1(obj.deps, level - 1)})"


jobs = [
    Job("extract", [], meta={"source": "s3://bucket/raw/2024", "owner": "data-team"}),
    Job("transform", ["extract"], retries=2, meta={"steps": ["clean", "dedupe", "enrich", "validate", "score"]}),
    Job("load", ["transform"], meta={}),
    Job("report", ["load", "transform"], retries=1, meta={"recipients": ["a@x.io", "b@x.io"], "format": "pdf"}),
]
state = {
    "scheduler": {"name": "nightly", "window": (1, 5), "paused": False},
    "queue": collections.deque(j.name for j in jobs),
    "jobs": {j.name: j for j in jobs},
    "counts": collections.Counter(status for status in ["ok", "ok", "failed", "ok", "skipped", "failed"]),
    "history": collections.OrderedDict([("run-3", "ok"), ("run-1", "failed"), ("run-2", "ok")]),
    "by_owner": collections.defaultdict(list, {"data-team": ["extract", "transform"], "bi": ["report"]}),
    "tags": frozenset({"etl", "nightly"}),
    "grid": [[r * 4 + c for c in range(4)] for r in range(4)],
    "env": types.SimpleNamespace(region="eu-west-1", replicas=3),
    "blob": b"\x00\x01binary-payload" * 3,
}

print("--- width 100")
pprint.pprint(state, width=100)
print("--- width 50, depth 2")
pprint.pprint(state, width=50, depth=2)
print("--- compact, unsorted")
pprint.pprint(state["grid"] + [list(range(30))], compact=True, width=40)
pprint.pprint(state["history"], sort_dicts=False)
pprint.pprint({"b": 1, "a": {"d": 4, "c": 3}}, sort_dicts=False, width=10)
pprint.pprint({"b": 1, "a": {"d": 4, "c": 3}}, width=10)
print("--- jobs")
for job in jobs:
    pprint.pprint(job, width=60, indent=2)
print("--- PrettyPrinter reuse")
pp = pprint.PrettyPrinter(width=30, depth=3, compact=True)
pp.pprint(state["jobs"]["report"].meta)
print(pp.isreadable(state["scheduler"]), pp.isrecursive(state["scheduler"]), pp.isreadable(state["env"]))
text = pp.pformat(state["counts"])
print(text.splitlines()[0], len(text.splitlines()))
print(pprint.pformat(state["by_owner"], width=40))
print(pprint.pformat(state["tags"]), pprint.pformat(set()), pprint.pformat(frozenset()))
print(pprint.pformat("a long status message " * 4, width=30))
print(pprint.pformat(1234567890123, underscore_numbers=True), pprint.pformat([1.5e9, 2 ** 70], underscore_numbers=True))

print("--- reprlib")
sr = StateRepr()
print(sr.repr(jobs))
print(sr.repr(Matrix(state["grid"])), sr.repr([Matrix([])]))
print(sr.repr(state["scheduler"]))
print(sr.repr({"deep": {"deeper": {"deepest": {"x": 1}}}}))
print(sr.repr("x" * 50), sr.repr(list(range(100))), sr.repr(tuple("abcdefg")))
print(sr.repr(state["queue"]), sr.repr(state["tags"]))
cyc = {"name": "loop"}
cyc["self"] = cyc
print(pprint.saferepr(cyc).replace(hex(id(cyc)), "ID").split(" with id=")[0])
print(pprint.isrecursive(cyc), pprint.isreadable(cyc))
