# Archives from elsewhere and damaged archives: a hand-assembled archive with a
# cp437 name, a password-protected member (traditional PKWARE cipher, written
# by a small encoder here), ZIP64 headers, a prefix before the archive, and
# corruptions that must be reported as CPython reports them.
import binascii
import io
import struct
import zipfile
import zlib

WHEN = (2021, 6, 1, 8, 15, 0)


def dos_time(dt):
    return (dt[3] << 11 | dt[4] << 5 | dt[5] // 2,
            (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2])


def assemble(entries, comment=b""):
    """Lay out an archive by hand from (name bytes, flags, method, payload,
    crc, size) tuples, the way another tool might."""
    out = bytearray()
    central = bytearray()
    t, d = dos_time(WHEN)
    for name, flags, method, payload, crc, size in entries:
        offset = len(out)
        out += struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, flags, method,
                           t, d, crc, len(payload), size, len(name), 0)
        out += name + payload
        central += struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 0, 20, 0,
                               flags, method, t, d, crc, len(payload), size,
                               len(name), 0, 0, 0, 0, 0, offset)
        central += name
    start = len(out)
    out += central
    out += struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                       len(central), start, len(comment)) + comment
    return bytes(out)


class Cipher:
    """The traditional ZIP stream cipher (encrypting side)."""

    def __init__(self, password):
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self.update(byte)

    @staticmethod
    def crc_byte(crc, byte):
        return binascii.crc32(bytes([byte]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def update(self, byte):
        k = self.keys
        k[0] = self.crc_byte(k[0], byte)
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self.crc_byte(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for byte in data:
            t = self.keys[2] | 2
            out.append(byte ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.update(byte)
        return bytes(out)


plain = b"secret ledger\n" * 20
crc = zlib.crc32(plain)
packer = zlib.compressobj(6, zlib.DEFLATED, -15)
packed = packer.compress(plain) + packer.flush()
header = bytes(range(11)) + bytes([crc >> 24])
secret = Cipher(b"hunter2").encrypt(header + packed)

archive = assemble([
    ("r\x82sum\x82.txt".encode("latin-1"), 0, 0, b"cp437 name", zlib.crc32(b"cp437 name"), 10),
    (b"ledger.txt", 1, 8, secret, crc, len(plain)),
    ("naïve.txt".encode(), 0x800, 0, b"utf8", zlib.crc32(b"utf8"), 4),
], comment=b"assembled by hand")

with zipfile.ZipFile(io.BytesIO(archive)) as zf:
    print(zf.namelist(), zf.comment)
    print(zf.read(zf.namelist()[0]), zf.read("naïve.txt"))
    info = zf.getinfo("ledger.txt")
    print(repr(info), info.flag_bits)
    for attempt in (None, b"wrong", "text"):
        try:
            zf.read("ledger.txt", pwd=attempt)
        except (RuntimeError, TypeError) as exc:
            print(type(exc).__name__ + ":", exc)
    data = zf.read("ledger.txt", pwd=b"hunter2")
    print("decrypted:", len(data), data[:14])
    zf.setpassword(b"hunter2")
    with zf.open("ledger.txt") as f:
        f.seek(len(plain) - 7)
        print("tail:", f.read())
        f.seek(14)
        print("second line:", f.readline())
    print("testzip:", zf.testzip())

with zipfile.ZipFile(io.BytesIO(archive), metadata_encoding="latin-1") as zf:
    print("latin-1 names:", zf.namelist())

# A program with an archive appended (a self-extracting bundle).
bundle = b"#!/bin/sh\nexec unzip \"$0\"\n" + archive
with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
    print("bundle offsets:", [i.header_offset for i in zf.infolist()])
    print(zf.read("naïve.txt"))

# ZIP64 local headers written on request, read back by everyone.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    with zf.open(zipfile.ZipInfo("big-ish.dat", WHEN), "w", force_zip64=True) as out:
        out.write(b"0123456789" * 500)
raw = buf.getvalue()
print("zip64:", len(raw), zlib.crc32(raw), raw[4:6])
with zipfile.ZipFile(buf) as zf:
    i = zf.infolist()[0]
    print(i.file_size, i.compress_size, i.extract_version, len(zf.read(i)))
try:
    with zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False) as zf:
        zf.open("x", "w", force_zip64=True)
except ValueError as exc:
    print("ValueError:", exc)

# Damage.
good = assemble([(b"a.txt", 0, 0, b"hello", zlib.crc32(b"hello"), 5)])
cases = {
    "flipped byte": good.replace(b"hello", b"jello"),
    "bad local magic": b"XX" + good[2:],
    "bad central magic": good.replace(b"PK\x01\x02", b"PK\x01\x09"),
    "truncated": good[:-30],
    "not a zip": b"just some text, nothing else" * 3,
    "empty": b"",
}
for label, data in cases.items():
    print(label, "is_zipfile:", zipfile.is_zipfile(io.BytesIO(data)))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            print("   testzip:", zf.testzip())
            print("   read:", zf.read("a.txt"))
    except zipfile.BadZipFile as exc:
        print("   BadZipFile:", exc)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile,
      issubclass(zipfile.LargeZipFile, Exception))
try:
    zipfile.ZipFile(io.BytesIO(), "w", compression=99)
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
