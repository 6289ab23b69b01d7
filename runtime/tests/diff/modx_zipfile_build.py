# Build a release bundle in memory with fixed timestamps, then inspect it:
# byte-level facts (size, sha256, CRCs) must match CPython's zipfile exactly.
import hashlib
import io
import zipfile

STAMP = (2023, 7, 14, 9, 30, 12)

README = """Widget toolkit
==============

A small library of widgets. Version 1.4.2.
""" * 3

CONFIG = "\n".join("option_%02d = %d" % (i, i * i) for i in range(40)) + "\n"

BLOB = bytes((i * 37 + 11) % 256 for i in range(3000))


def member(name, when=STAMP, mode=0o644):
    info = zipfile.ZipInfo(name, when)
    info.external_attr = mode << 16
    return info


def build(compression, level=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression, compresslevel=level) as zf:
        def add(info, data, **kw):
            # A ZipInfo keeps its own compress_type unless told otherwise.
            kw.setdefault("compress_type", compression)
            zf.writestr(info, data, compresslevel=level, **kw)
        info = member("widgets/")
        info.external_attr = (0o40755 << 16) | 0x10
        zf.writestr(info, b"")
        add(member("widgets/README.txt"), README)
        add(member("widgets/config.ini"), CONFIG.encode("ascii"))
        add(member("widgets/data/blob.bin"), BLOB, compress_type=zipfile.ZIP_STORED)
        add(member("widgets/café.txt", (2020, 2, 29, 23, 59, 58)),
            "unicode file name\n")
        run = member("widgets/run.sh", mode=0o755)
        add(run, "#!/bin/sh\necho run\n")
        # open(name, "w") takes the archive's compression and a 1980 date.
        with zf.open("widgets/notes.txt", "w") as out:
            for i in range(30):
                out.write(b"note %d\n" % i)
        zf.comment = b"bundle built for testing"
    return buf.getvalue()


variants = [
    ("stored", zipfile.ZIP_STORED, None),
    ("deflated", zipfile.ZIP_DEFLATED, None),
    ("deflated-1", zipfile.ZIP_DEFLATED, 1),
    ("deflated-9", zipfile.ZIP_DEFLATED, 9),
]

archives = {}
for label, method, level in variants:
    data = build(method, level)
    archives[label] = data
    print("%-11s size=%5d sha256=%s" % (label, len(data),
                                        hashlib.sha256(data).hexdigest()))
    print("  starts", data[:4], "ends", data[-24:-22], len(data) - data.rfind(b"PK\x05\x06"))

print()
data = archives["deflated"]
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print("comment:", zf.comment)
    print("names:", zf.namelist())
    for info in zf.infolist():
        print(repr(info))
        print("   crc=%08x size=%d packed=%d date=%s type=%d dir=%s" % (
            info.CRC, info.file_size, info.compress_size, info.date_time,
            info.compress_type, info.is_dir()))
        print("   flags=%#x versions=%d/%d system=%d offset=%d attr=%#x" % (
            info.flag_bits, info.create_version, info.extract_version,
            info.create_system, info.header_offset, info.external_attr))
    print("testzip:", zf.testzip())
    text = zf.read("widgets/README.txt").decode()
    print("readme lines:", len(text.splitlines()), text.splitlines()[0])
    cfg = zf.read(zf.getinfo("widgets/config.ini")).decode().splitlines()
    print("config:", cfg[:2], cfg[-1])
    print("blob ok:", zf.read("widgets/data/blob.bin") == BLOB)
    print("cafe:", zf.read("widgets/café.txt"))
    try:
        zf.getinfo("widgets/missing.txt")
    except KeyError as exc:
        print("KeyError:", exc)
    try:
        zf.read("README.txt")
    except KeyError as exc:
        print("KeyError:", exc.args[0])

print()
# Each compression gives the same contents back.
contents = None
for label, data in archives.items():
    with zipfile.ZipFile(io.BytesIO(data), "r") as zf:
        got = {name: hashlib.md5(zf.read(name)).hexdigest()[:12] for name in zf.namelist()}
        sizes = [(i.filename.rsplit("/", 1)[-1] or "<dir>", i.compress_size)
                 for i in zf.infolist()]
    print(label, sizes)
    if contents is None:
        contents = got
    print("   same contents:", got == contents)
print(sorted(contents.items()))
