import array, hashlib, zlib, binascii, struct
a = array.array('h', [1, 2, -3])
print(bytearray(a), bytes(a))
print(hashlib.md5(a).hexdigest(), zlib.crc32(a), binascii.hexlify(a))
print(b''.join([a, b'x']), b'x' + a)
print(struct.unpack('3h', a))
print(b'\x02\x00' in bytes(a), bytes(a).find(a))
class Sub(array.array): pass
s = Sub('i', [7])
print(bytearray(s), zlib.compress(s) == zlib.compress(bytes(s)))
