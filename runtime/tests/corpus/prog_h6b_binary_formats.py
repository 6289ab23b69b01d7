import struct
import base64
import hashlib
import binascii
hdr = struct.pack("<4sHHI", b"EMBR", 1, 2, 1024)
print(hdr, len(hdr), struct.calcsize("<4sHHI"), struct.calcsize("4sHHI"), struct.calcsize("@bi"), struct.calcsize("=bi"))
print(struct.unpack("<4sHHI", hdr))
print(struct.pack(">i", -2), struct.pack("<q", 2**40), struct.pack("!H", 513), struct.pack("?", 3), struct.pack("x"))
print(struct.unpack(">f", struct.pack(">f", 1.5)), struct.unpack("<d", struct.pack("<d", 0.1)), struct.pack(">e", 1.0))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("p", b"xy") if False else "", struct.pack("c", b"z"))
recs = b"".join(struct.pack("<Hb", i * 300, -i) for i in range(4))
print(list(struct.iter_unpack("<Hb", recs)))
s = struct.Struct(">IH")
print(s.size, s.format, s.pack(7, 8), s.unpack_from(b"\x00" + s.pack(1, 2), 1))
buf = bytearray(10)
struct.pack_into("<hh", buf, 2, -1, 300)
print(buf, struct.unpack_from("<hh", buf, 2))
for bad in [("<h", 40000), ("<B", -1), ("<i", 1.5)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("<2i3x?", 1, 2, True), struct.unpack("<10s", b"hello\x00\x00\x00\x00\x00"))

data = b"Hello, binary world!\x00\xff"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64decode("aGk="), base64.b64decode(b"aGk"  + b"="))
print(base64.encodebytes(b"x" * 60), base64.standard_b64encode(b"ab"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(base64.b64decode("a-_b", altchars=b"-_"), base64.b32decode("mfrgg===", casefold=True))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"), b"\x01\xab".hex(":"), bytes.fromhex("de ad"))

for name in ["md5", "sha1", "sha256", "sha512", "sha224", "sha384"]:
    h = hashlib.new(name)
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    print(name, h.hexdigest(), h.digest_size, h.block_size)
print(hashlib.sha256(b"").hexdigest(), hashlib.md5(b"a" * 1000).digest()[:4])
h = hashlib.sha1()
h2 = h.copy()
h.update(b"x")
print(h.hexdigest() != h2.hexdigest(), h2.name, hashlib.sha256(b"abc").name)
print(hashlib.blake2b(b"hi", digest_size=16).hexdigest(), hashlib.sha3_256(b"hi").hexdigest())
print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith("shake"))[:5])
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
import hmac
print(hmac.new(b"key", b"msg", hashlib.sha256).hexdigest(), hmac.compare_digest("a", "a"))
def file_digest(chunks):
    h = hashlib.sha256()
    for c in chunks:
        h.update(c)
    return h.hexdigest()[:16]
print(file_digest([b"ab", b"c"]) == hashlib.sha256(b"abc").hexdigest()[:16])
print(zlib.crc32(b"hello") if False else binascii.crc_hqx(b"hello", 0), binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk=\n"))
