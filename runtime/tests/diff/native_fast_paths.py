# Paths made faster for large inputs keep their results: struct.unpack_from over
# bytearray/bytes/memoryview, regex matching at positions in long non-ASCII text,
# native itertools iterators, bytes.hex with separators, str.translate and str.title.
import itertools
import re
import struct

records = bytearray()
for i in range(500):
    records += struct.pack("<HiQd", i, -i * 7, i * 1_000_003, i / 8)
size = struct.calcsize("<HiQd")
acc = 0
for off in range(0, len(records), size):
    a, b, c, d = struct.unpack_from("<HiQd", records, off)
    acc += a + b + c % 97 + int(d)
print(size, acc)
print(struct.unpack_from("<H", bytes(records), size * 3))
print(struct.unpack_from("<i", memoryview(records), 2))
print(list(struct.iter_unpack("<HiQd", bytes(records[: size * 2]))))
s = struct.Struct(">I")
print([s.unpack_from(b"\x00\x00\x00\x05\x00\x00\x01\x00", k) for k in (0, 4)])
try:
    struct.unpack_from("<Q", records, len(records) - 4)
except struct.error as e:
    print(e)
try:
    struct.unpack_from("<Q", records, -len(records) - 1)
except struct.error as e:
    print(e)

text = "Grüße aus Köln, 12 Äpfel für 3€; naïve café 45 " * 300
token = re.compile(r"(?P<num>\d+)|(?P<word>\w+)|(?P<space>\s+)|(?P<sym>.)")
counts = {}
pos = 0
while pos < len(text):
    m = token.match(text, pos)
    counts[m.lastgroup] = counts.get(m.lastgroup, 0) + 1
    pos = m.end()
print(sorted(counts.items()))
word = re.compile(r"[A-ZÄÖÜ]\w+")
found = []
pos = 0
while (m := word.search(text, pos)) and len(found) < 8:
    found.append((m.start(), m.group()))
    pos = m.end()
print(found)
other = "x" * 600 + "é" + "y" * 10
print(token.match(other, 600).group(), re.compile("y+").search(other, 5).span())

print(sum(itertools.repeat(3, 1000)), list(itertools.repeat("a", 3)))
print(list(itertools.islice(itertools.count(5, 3), 6)))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.accumulate(range(8))), list(itertools.chain("ab", [1, 2])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(sum(1 for _ in itertools.product(range(4), repeat=3)))


data = bytes(range(0, 256, 7))
print(data.hex(), data.hex(":"), data.hex("-", 4), data.hex(" ", -3))
print(bytearray(b"\x00\xff\x10").hex(), memoryview(b"\xab\xcd").hex("_"))

table = str.maketrans({"a": "4", "e": "3", "ö": "oe", "!": None, "ß": "ss"})
print("Hello, wörld! Straße means street!".translate(table))
print("abcabc".translate({97: 120, 98: None}), "ÀB".translate({192: "A"}))


class Loud(dict):
    def __missing__(self, key):
        raise LookupError


print("tab".translate(Loud({ord("t"): "T"})))
for s in ["hello world", "they're bill's friends", "2nd place", "x-ray_vision",
          "ALL CAPS", "", "  lead", "çava ébène", "ǆemal"]:
    print(repr(s.title()), s.istitle(), s.title().istitle())
