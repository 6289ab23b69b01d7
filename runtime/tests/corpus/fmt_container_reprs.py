# repr/str of containers holding floats, nested structures, special values, and views.
data = {"ints": [1, -2, 10 ** 20], "floats": [0.1, -0.0, 1e16, 1e-7, float("inf"), float("nan")],
        "complex": [1j, -1 - 1j, complex(0, -0.0)], "strs": ["", "a'b", 'a"b'], "bytes": [b"", b"\x00"],
        "none": None, "bools": (True, False), "nested": {"t": (1,), "l": [[]], "d": {}}, "range": range(3),
        "slice": slice(1, None, -1), "empty": [(), [], {}, "", b""]}
for k, v in data.items():
    print(f"{k:>8}: {v!r}")
print(data["floats"], str(data["floats"]), tuple(data["floats"]))
print({1: [2, {3: (4, [5])}]}, [[1, 2], [3, [4, [5, [6]]]]])
print(list(range(15)), tuple(range(12)), [0.5 * i for i in range(8)])
print({"a": 1}.keys(), {"a": 1}.values(), {"a": 1}.items(), iter([]).__class__.__name__)
print([None] * 3, [[None]] * 2, [...], (..., ...), [NotImplemented])
print({(1, 2): [3.0, 4.5], 2.5: "x", -1: None, True: False, "k": b"v"})
print(repr(1.0), repr(1), repr(True), repr("1"), repr(b"1"), repr([1.0, 1, True, "1", b"1"]))
print([float(x) for x in "1 1.5 -2 1e3 1e-3 inf".split()], [int(x) for x in "1 -2 003 4_0".split()])
print(frozenset(), set(), {1}, frozenset({"only"}), [frozenset({1})], {frozenset(): frozenset()})
print(type(data).__name__, type(data["range"]).__name__, type(data["slice"]).__name__)
