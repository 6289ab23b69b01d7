"""Iterating bytes and bytearrays through the interpreter's fast path: order, a bytearray
changed while iterated, exhaustion, iter() of an iterator, CRC-style loops."""
def crc(data):
    c = 0xFFFFFFFF
    for b in data:
        c = ((c << 8) & 0xFFFFFFFF) ^ (b * 16777619 & 0xFFFFFFFF)
    return c
for i in range(60):
    r = crc(b"hello world" * 3), crc(bytearray(range(40)))
print(r)
b = b'abc'
print(list(b), list(bytearray(b'xy')), [x for x in iter(b'')])
ba = bytearray(b'abcd')
it = iter(ba)
print(next(it))
ba.clear()
print(list(it), list(it))
ba = bytearray(b'ab')
r = []
for x in ba:
    r.append(x)
    if len(ba) < 5:
        ba.append(120)
print(r)
it = iter(b"xyz")
print(iter(it) is it, next(it), list(it))
print(sum(b"\x01\x02\x03" * 100), max(bytearray(b"az")), sorted(set(b"mississippi")))
