# Editing a binary buffer in place through bytearray and memoryview
import struct

buf = bytearray(b'HEADER--' + bytes(range(24)))
print(len(buf), buf[:8], buf[8:12].hex())

mv = memoryview(buf)
print(mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides, mv.readonly, mv.contiguous)
body = mv[8:]
body[0:4] = b'\xff\xfe\xfd\xfc'
print(buf[8:14].hex())
print(body[::2].tolist()[:6], body[1::3].tobytes().hex())

# cast to wider types
words = mv[8:24].cast('H')
print(words.format, words.itemsize, len(words), words.shape, words.tolist())
words[1] = 0xABCD
print(buf[8:14].hex())
ints = mv[8:24].cast('I')
print([hex(x) for x in ints.tolist()])
quads = mv[8:24].cast('Q')
print([hex(x) for x in quads])
signed = mv[8:16].cast('b')
print(signed.tolist())
grid = mv[8:20].cast('B')
print(grid.shape, grid.strides, grid.tolist(), grid.ndim)
dbl = memoryview(struct.pack('<3d', 1.5, -2.25, 1e10)).cast('d')
print(dbl.tolist(), dbl[1], dbl.format)
chars = memoryview(b'xyz').cast('c')
print(chars.tolist(), chars[0])

# comparison, hex, release
a = memoryview(b'abc')
print(a == b'abc', a == bytearray(b'abc'), a == memoryview(b'abd'), a.hex(), a.hex(':'), a.hex('-', 2))
print(memoryview(bytes(range(10))).hex(' ', -3))
with memoryview(bytearray(b'temp')) as tmp:
    print(tmp.tobytes(), tmp.obj)
try:
    tmp.tobytes()
except ValueError as e:
    print('ValueError:', e)
try:
    len(tmp)
except ValueError as e:
    print('ValueError:', e)

# errors
ro = memoryview(b'readonly')
tests = [
    lambda: ro.__setitem__(0, 1),
    lambda: memoryview(bytearray(4)).__setitem__(0, 256),
    lambda: memoryview(bytearray(4)).__setitem__(slice(0, 2), b'abc'),
    lambda: memoryview(bytearray(5)).cast('I'),
    lambda: memoryview(bytearray(8)).cast('H').cast('I'),
    lambda: memoryview(bytearray(8)).cast('z'),
    lambda: memoryview(bytearray(8))[8],
    lambda: memoryview(bytearray(8))[-9],
    lambda: memoryview('text'),
    lambda: memoryview(12),
    lambda: hash(memoryview(bytearray(2))),
    lambda: hash(memoryview(b'ab')) == hash(b'ab'),
    lambda: memoryview(bytearray(8)).cast('H')[0:2].tolist(),
    lambda: memoryview(bytearray(b'\x01\x02')).cast('H').__setitem__(0, -1),
    lambda: memoryview(bytearray(4)).cast('f').__setitem__(0, 'x'),
]
for i, t in enumerate(tests):
    try:
        print(i, 'ok', t())
    except Exception as e:
        print(i, type(e).__name__, e)

# bytearray editing operations
ba = bytearray(b'The quick brown fox')
ba[4:9] = b'slow'
del ba[0:4]
ba.insert(0, ord('A'))
ba += b'!!'
ba.extend([32, 65])
ba.reverse()
print(ba)
ba.reverse()
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('!'))
print(ba, ba.find(b'fox'), ba.count(b'o'), ba.index(b'w'))
print(ba.upper(), ba.replace(b'o', b'0'), ba.split(), ba.zfill(24))
ba[::2] = bytes(len(ba[::2]))
print(ba)
try:
    ba[::2] = b'x'
except ValueError as e:
    print('ValueError:', e)
try:
    ba.remove(200)
except ValueError as e:
    print('ValueError:', e)
try:
    ba[0] = 300
except ValueError as e:
    print('ValueError:', e)
try:
    bytearray(b'').pop()
except IndexError as e:
    print('IndexError:', e)
print(bytearray.fromhex('de ad be ef'), bytearray(3) * 2, bytearray(b'ab') + b'cd')
