# Building and inspecting tar archives entirely in memory: an artifact
# packer that writes members from bytes, checks header encodings per format,
# streams through gzip pipes, and reports malformed input.
import hashlib
import io
import tarfile

MTIME = 1_700_000_000


def member(name, data=b"", **fields):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = MTIME
    info.uname, info.gname = "ci", "ci"
    for key, value in fields.items():
        setattr(info, key, value)
    return info, (io.BytesIO(data) if data else None)


def pack(entries, **kw):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=kw.pop("mode", "w"), **kw) as tar:
        for info, data in entries:
            try:
                tar.addfile(info, data)
            except ValueError as e:
                print("   cannot add %s...: %s" % (info.name[:12], e))
    return buf.getvalue()


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


long_dir = "/".join("level%02d" % i for i in range(15))
ENTRIES = [
    member("bin", type=tarfile.DIRTYPE, mode=0o755),
    member("bin/tool", b"#!/bin/sh\necho tool\n", mode=0o755),
    member("bin/tool-latest", type=tarfile.SYMTYPE, linkname="tool", mode=0o777),
    member("bin/tool-hard", type=tarfile.LNKTYPE, linkname="bin/tool"),
    member(long_dir + "/deep.txt", b"deep file\n"),
    member("names/" + "n" * 110, b"long leaf\n"),
    member("names/r\u00e9sum\u00e9.txt", b"accented\n", uname="jos\u00e9"),
    member("big/ids", b"x", uid=3_000_000, gid=7, mtime=MTIME + 0.25),
    member("links/far", type=tarfile.SYMTYPE, linkname="../" * 40 + "target"),
]

for label, fmt in [("USTAR", tarfile.USTAR_FORMAT), ("GNU", tarfile.GNU_FORMAT),
                   ("PAX", tarfile.PAX_FORMAT)]:
    print("==", label)
    for info, data in ENTRIES:
        if data is not None:
            data.seek(0)
    raw = pack(ENTRIES, format=fmt)
    print("   size %d sha %s" % (len(raw), digest(raw)))
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        for m in tar:
            print("   %-3s %-28s size=%-3d mode=%o uid=%d mtime=%r uname=%s offset=%d/%d pax=%s" % (
                m.type.decode() or "?", (m.name[:25] + "...") if len(m.name) > 28 else m.name,
                m.size, m.mode, m.uid, m.mtime, m.uname, m.offset, m.offset_data,
                sorted(m.pax_headers)))
        print("   hard link reads:", tar.extractfile("bin/tool-hard").read())
        print("   symlink reads:", tar.extractfile("bin/tool-latest").read())
        deep = tar.extractfile(long_dir + "/deep.txt")
        print("   deep:", deep.read(4), deep.read(), deep.tell())
        deep.seek(0)
        print("   readline:", deep.readline())

print("== raw header fields")
hdr = tarfile.TarInfo("notes.txt").tobuf(tarfile.GNU_FORMAT)
print(len(hdr), hdr[100:108], hdr[124:136], hdr[148:156], hdr[156:157], hdr[257:265])
hdr = tarfile.TarInfo("notes.txt").tobuf(tarfile.USTAR_FORMAT)
print(hdr[257:265], hdr[329:345])
dev, _ = member("dev/null0", type=tarfile.CHRTYPE, devmajor=1, devminor=3)
print(dev.tobuf()[329:345], dev.isdev(), dev.ischr())
parsed = tarfile.TarInfo.frombuf(dev.tobuf(), "utf-8", "surrogateescape")
print(parsed.name, parsed.devmajor, parsed.devminor, parsed.uname, parsed.mtime)

print("== global pax headers")
raw = pack([member("a.txt", b"A")], format=tarfile.PAX_FORMAT,
           pax_headers={"comment": "built by ci", "org": "d\u00e9mo"})
print(digest(raw))
with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
    print(tar.pax_headers, tar.getmember("a.txt").pax_headers)
raw = pack([member("a.txt", b"A")], format=tarfile.GNU_FORMAT, pax_headers={"x": "y"})
with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
    print("gnu ignores pax_headers:", tar.pax_headers, digest(raw))

print("== gzip pipe")
pipe = io.BytesIO()
with tarfile.open(fileobj=pipe, mode="w|gz") as tar:
    for i in range(3):
        info, data = member("chunk%d.dat" % i, bytes([65 + i]) * (700 * (i + 1)))
        tar.addfile(info, data)
blob = pipe.getvalue()
print("header:", blob[:4].hex(), blob[8:11].hex())
pipe.seek(0)
with tarfile.open(fileobj=pipe, mode="r|gz") as tar:
    for m in tar:
        body = tar.extractfile(m).read()
        print("  ", m.name, m.size, body[:3], len(body))
    try:
        tar.extractfile("chunk0.dat").read()
    except tarfile.StreamError as e:
        print("  StreamError:", e)
pipe.seek(0)
with tarfile.open(fileobj=pipe, mode="r:gz") as tar:
    print("  random access:", tar.extractfile("chunk1.dat").read(5), tar.getnames())

print("== malformed input")
good = pack([member("ok.txt", b"fine")])
cases = {
    "empty": b"",
    "short": b"\x01" * 100,
    "zeros": bytes(2048),
    "noise": bytes(range(256)) * 4,
    "truncated data": good[:600],
    "bad checksum": good[:148] + b"0000000\x00" + good[156:],
}
for label, data in cases.items():
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
            names = tar.getnames()
            reads = [tar.extractfile(n).read() for n in names]
        print("  %s: names=%s reads=%s" % (label, names, reads))
    except (tarfile.TarError, OSError) as e:
        print("  %s: %s: %s" % (label, type(e).__name__, e))

for mode in ("r:xz2", "rw", "a|gz", "w:bz3"):
    try:
        tarfile.open(fileobj=io.BytesIO(good), mode=mode)
    except (tarfile.TarError, ValueError) as e:
        print("  mode %r: %s: %s" % (mode, type(e).__name__, e))
try:
    tarfile.open(fileobj=io.BytesIO(good), mode="r:gz")
except tarfile.ReadError as e:
    print("  r:gz on plain tar:", e)
try:
    pack([member("x" * 300, b"1")], format=tarfile.USTAR_FORMAT)
except ValueError as e:
    print("  ustar:", e)
short, _ = member("short.bin", b"")
short.size = 50
try:
    pack([(short, io.BytesIO(b"only ten.."))])
except OSError as e:
    print("  addfile:", e)
