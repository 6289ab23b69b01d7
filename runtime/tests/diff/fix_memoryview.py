# memoryview over bytes and bytearray.
m = memoryview(b"hello world")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[6:]))
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m[2:5].hex())
print(m == b"hello world", m[:5] == b"hello", m[:5] == memoryview(b"hello"), m == "hello", hash(m) == hash(b"hello world"))
print(list(m[:3]), type(m).__name__, memoryview(m).tobytes(), m[1:9:3].tolist(), m[::-2][1:3].tobytes())
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[1:3] = b"XY"
v[-1] = ord("!")
v[::2] = b"123"
print(ba, v.readonly, v.tobytes(), v[3:].tolist())
w = v[2:5]
w[0] = 0
print(ba, w.tobytes(), len(w))
with memoryview(b"ctx") as c:
    print(c.tobytes(), hasattr(c, "released"))
for f in [lambda: c[0], lambda: len(c), lambda: c.tobytes(), lambda: m[11], lambda: m[-12], lambda: m["a"],
          lambda: memoryview(5), lambda: memoryview("s"), lambda: m.__setitem__(0, 1), lambda: v.__setitem__(0, 256),
          lambda: v.__setitem__(0, "a"), lambda: v.__setitem__(slice(0, 2), b"abc"), lambda: hash(v), lambda: m[::0]]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
m.release()
m.release()
print(repr(m).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at 0x"))
# Views are bytes-like for other APIs.
mv = memoryview(bytearray(b"xyz"))[1:]
print(bytes(mv), bytearray(mv), b"a" + mv, b"-".join([mv, b"q"]), b"yz" == bytes(mv), mv.tobytes().decode())
