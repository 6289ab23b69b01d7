import struct
import base64
import binascii
import hashlib

records = [(1, b"alice", 3.5, True), (2, b"bob", -1.25, False), (300, b"carol-long-name", 1e10, True)]
fmt = "<H10sd?"
print(struct.calcsize(fmt), struct.calcsize(">H10sd?"), struct.calcsize("@H10sd?"), struct.calcsize("=iq"), struct.calcsize("@iq"))
blob = b"".join(struct.pack(fmt, *r) for r in records)
print(len(blob), blob[:20].hex(), blob[:20].hex(" ", 4))
for rec in struct.iter_unpack(fmt, blob):
    print(rec[0], rec[1].rstrip(b"\0"), rec[2], rec[3])
print(struct.unpack_from("<H", blob, struct.calcsize(fmt)))
buf = bytearray(16)
struct.pack_into(">If", buf, 4, 0xDEADBEEF, 1.5)
print(buf.hex(), struct.unpack(">4xIf4x", bytes(buf)))
print(struct.pack(">hHiIqQ", -1, 65535, -2, 4294967295, -3, 2**64 - 1).hex())
print(struct.pack("<e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c"), struct.pack(">f", 0.1).hex(), struct.unpack(">f", struct.pack(">f", 0.1))[0])
print(struct.pack("3s", b"abcdef"), struct.pack("5p", b"abc"), struct.pack("c", b"x"), struct.pack("?", 5))
s = struct.Struct("!BBH")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x02\x00\x03"))
for bad in [("B", 256), ("b", -129), ("h", 2**15), ("I", -1)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error:", e)
try:
    struct.pack("<I", 1.5)
except struct.error as e:
    print("struct.error:", e)

payloads = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), "héllo wörld".encode()]
for p in payloads:
    e64 = base64.b64encode(p)
    print(f"{p!r:<32} b64={e64.decode():<16} url={base64.urlsafe_b64encode(p).decode():<16} b32={base64.b32encode(p).decode():<20} b16={base64.b16encode(p).decode()}")
    assert base64.b64decode(e64) == p and base64.b32decode(base64.b32encode(p)) == p
print(base64.b85encode(b"hello world"), base64.a85encode(b"hello world"))
print(base64.b85decode(base64.b85encode(b"\x00\x01\x02")), base64.a85decode(base64.a85encode(b"xyz")))
print(base64.b64decode("aGVsbG8=\n"), base64.b64decode(b"aGVs bG8=", validate=False))
print(base64.standard_b64encode(b"\xfb\xff"), base64.urlsafe_b64decode("-_8="))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode("ab!c", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(base64.encodebytes(b"x" * 60))

print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify("00ff6162"), binascii.hexlify(b"abc", "-"))
print(binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk=\n"), binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc_hqx(b"hello", 0), hex(binascii.crc32(b"")))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("0a0B"), b"\x01\xab".hex(), memoryview(b"xyz").hex())

for name in ["md5", "sha1", "sha256", "sha512", "sha224", "sha384"]:
    h = hashlib.new(name)
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    print(f"{name:<7} {h.digest_size:>3} {h.block_size:>4} {h.hexdigest()[:32]}")
h = hashlib.sha256(b"abc")
h2 = h.copy()
h2.update(b"def")
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h2.hexdigest() == hashlib.sha256(b"abcdef").hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1("é".encode()).hexdigest())
print(len(hashlib.sha256().digest()), hashlib.sha256().name, hashlib.md5().name)
print(hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.blake2s(b"x").hexdigest()[:20])
print(hashlib.sha3_256(b"abc").hexdigest()[:24], hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 100).hex()[:32])
import hmac
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.compare_digest(b"a", b"a"))

# checksum file format: name:size:sha1
files = {"a.txt": b"alpha\n", "b.bin": bytes(range(64)), "c.txt": "ünïcödé\n".encode("utf-8")}
manifest = "\n".join(f"{n}:{len(d)}:{hashlib.sha1(d).hexdigest()}" for n, d in sorted(files.items()))
print(manifest)
for line in manifest.splitlines():
    n, size, digest = line.split(":")
    ok = hashlib.sha1(files[n]).hexdigest() == digest and len(files[n]) == int(size)
    print(n, "OK" if ok else "BAD")
