"""Typed arrays and binary records: a tiny sensor log format."""
import array
import struct
import io
import os
import tempfile
import sys

print("typecodes:", array.typecodes)
for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [1, 2, 3])
    print(f"  {tc}: itemsize={a.itemsize} repr={a!r} bytes={a.tobytes()[:a.itemsize].hex()}")

print("array operations:")
a = array.array("i", range(10))
a.append(100)
a.extend([7, 8])
a.insert(0, -1)
print(" ", a, len(a), a[3], a[-1], a[2:5], a[::3])
print(" ", a.index(7), a.count(8), 5 in a, a.pop(), a.pop(0), a)
a.remove(100)
a.reverse()
print(" ", a, a.tolist()[:4], sum(a), max(a))
a[1:3] = array.array("i", [42, 43, 44])
del a[0]
print(" ", a, a * 2 == a + a, array.array("i", [1, 2]) < array.array("i", [1, 3]))
b = array.array("d", [1.5, 2.25])
b.fromlist([3.0, -0.5])
print(" ", b, b.tolist(), [round(x * 2, 1) for x in b])
u = array.array("u", "héllo")
print(" ", u, u.tounicode(), u[1], len(u))
h = array.array("h", [1, 256, -2])
h.byteswap()
print("  byteswapped:", h, h.tobytes().hex())
raw = array.array("H")
raw.frombytes(b"\x01\x00\x02\x00\xff\xff")
print("  frombytes:", raw, raw.buffer_info()[1])
for bad in [lambda: array.array("b", [200]), lambda: array.array("B", [-1]), lambda: array.array("z"),
            lambda: array.array("i", [1.5]), lambda: array.array("i", [1]) + array.array("d", [1.0]),
            lambda: raw.frombytes(b"\x00"), lambda: array.array("i").pop(), lambda: a.index(12345)]:
    try:
        bad()
        print("  no error")
    except (OverflowError, ValueError, TypeError, IndexError) as e:
        print(f"  {type(e).__name__}: {e}")

print("float32 and raw bytes:")
f32 = array.array("f", [0.1, 1 / 3])
print(" ", f32, f32[0] == 0.1, repr(f32[1]), bytes(f32).hex(), bytes(array.array("h", [1, -2])))
print("binary sensor log:")
HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<IhHf?x")
print("  sizes:", HEADER.size, RECORD.size, struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("<q3sd"), struct.calcsize("@cq"))
readings = [(1000 + i * 15, -40 + i * 7, 300 + i * 3, 20.5 + i * 0.25, i % 3 == 0) for i in range(6)]
buf = io.BytesIO()
buf.write(HEADER.pack(b"SNSR", 1, RECORD.size, len(readings)))
for r in readings:
    buf.write(RECORD.pack(*r))
data = buf.getvalue()
print("  total bytes:", len(data), "head:", data[:12].hex(" "))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "log.bin")
    with open(path, "wb") as fh:
        fh.write(data)
    with open(path, "rb") as fh:
        magic, ver, rsize, count = HEADER.unpack(fh.read(HEADER.size))
        print(f"  file {os.path.basename(path)}: magic={magic!r} ver={ver} rsize={rsize} count={count}")
        body = fh.read()
    for ts, temp, press, volt, alarm in RECORD.iter_unpack(body):
        print(f"    t={ts:5d} temp={temp:+4d} press={press:4d} volt={volt:7.3f} alarm={alarm}")
    arr = array.array("d", [x * 0.5 for x in range(8)])
    with open(os.path.join(tmp, "arr.bin"), "wb") as fh:
        arr.tofile(fh)
    back = array.array("d")
    with open(os.path.join(tmp, "arr.bin"), "rb") as fh:
        back.fromfile(fh, 8)
    print("  tofile/fromfile:", back == arr, sorted(os.listdir(tmp)))

print("pack_into / unpack_from:")
ba = bytearray(16)
struct.pack_into(">HI", ba, 2, 0xBEEF, 0xCAFEBABE)
struct.pack_into("<d", ba, 8, -1.25)
print(" ", ba.hex(), struct.unpack_from(">HI", ba, 2), struct.unpack_from("<d", ba, offset=8))
print(" ", struct.pack(">i", -2), struct.pack("<Q", 2 ** 64 - 1), struct.pack("3s", b"abcdef"), struct.pack("5p", b"hi"), struct.pack("2c", b"x", b"y"))
print(" ", struct.unpack(">bB", b"\xff\xff"), struct.unpack("<hH", b"\x00\x80\x00\x80"), struct.unpack("?", b"\x02"), struct.pack("?", []))
print(" ", struct.pack("<n", 5) if False else "", struct.pack("!h", 258).hex(), struct.pack(">e", -0.0).hex(), struct.unpack(">d", bytes.fromhex("7ff8000000000000")))
for fmt, args in [(">h", (40000,)), ("<B", (-1,)), ("<i", ("x",)), ("<2i", (1,)), ("<i", (1.0,)), ("<f", (1e40,)), ("y", (1,))]:
    try:
        print(" ", struct.pack(fmt, *args))
    except struct.error as e:
        print(f"  struct.error: {e}")
    except OverflowError as e:
        print(f"  OverflowError: {e}")
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("  struct.error:", e)
print("byteorder is", sys.byteorder in ("little", "big"))
