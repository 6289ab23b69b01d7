# bytearray: mutation methods, slicing, conversions, errors.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba.append(33)
ba.extend(b" world")
ba.extend([33, 33])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
ba[0] = ord("H")
ba[-1:] = b"?!"
print(ba, ba.upper(), ba.find(b"w"), ba.count(b"l"))
ba += b"++"
print(ba)
ba *= 2
print(ba, len(ba))
del ba[len(ba) // 2:]
print(ba)
c = ba.copy()
c.clear()
print(c, ba, c == bytearray(), bytearray() == b"")
try:
    ba.remove(ord("z"))
except ValueError as e:
    print("ValueError", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError", e)
try:
    ba.append(256)
except ValueError as e:
    print("ValueError", e)
try:
    ba.append("a")
except TypeError as e:
    print("TypeError", e)
try:
    ba[100]
except IndexError as e:
    print("IndexError", e)
print(bytearray(4), bytearray([1, 2, 3]), bytearray("abc", "ascii"), bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
print(type(bytearray(b"x") + b"y").__name__, type(b"y" + bytearray(b"x")).__name__)
buf = bytearray()
for i in range(10):
    buf += bytes([i * 3])
print(buf, buf.hex(), bytes(buf), list(buf)[:4])
print(bytearray(b"a-b-c").split(b"-"), bytearray(b"  x ").strip(), bytearray(b"abc").replace(b"b", b"BBB"))
print(bytearray(b"key=val").partition(b"="), bytearray(b"abc").decode(), bytearray.fromhex("414243"))
print(repr(bytearray(b"\x00'\"")), str(bytearray(b"ok")))
ba2 = bytearray(b"0123456789")
ba2[2:5] = b""
print(ba2)
ba2[::2] = b"abcd"
print(ba2)
ba2[1:2] = bytearray(b"XYZ")
print(ba2, ba2.index(b"XYZ"), b"XYZ" in ba2, 88 in ba2)
print(bytearray(b"abc") < bytearray(b"abd"), bytearray(b"abc") == b"abc")
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
