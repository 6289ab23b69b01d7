# Fixed-point sensor readings (Q15.17) converted to floats and printed with repr/str.
# Several of these floats lie exactly halfway between two 17-digit decimal strings;
# CPython's repr picks the even one (David Gay's shortest round-trip, ties to even).
SCALE = 1 << 17

raw_readings = [187731, 86633, 123437, -436174, -130641, -278168, 262144, 65536, 1, 3, 131071, 99999]


def to_float(q):
    return q / SCALE


values = [to_float(q) for q in raw_readings]
for q, v in zip(raw_readings, values):
    print(f"{q:>8} -> {v!r:<22} str={v} 17g={v:.17g} back={float(repr(v)) == v}")
print(values)
print(sum(values), max(values), min(values))
print([round(v, 16) for v in values[:4]])
print({"reading": values[0], "pair": (values[1], values[2])})
import json
print(json.dumps(values[:3]))
acc = 0.0
for i in range(1, 40):
    acc += 1.0 / (1 << (i % 18))
    if i % 5 == 0:
        print(i, acc, repr(acc * 3))
