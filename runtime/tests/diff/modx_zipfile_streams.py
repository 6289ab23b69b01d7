# Stream members in and out of archives: log files written line by line,
# read back with seek/peek/readline, through TextIOWrapper, and to a pipe-like
# sink that cannot seek (members then carry data descriptors).
import hashlib
import io
import zipfile

WHEN = (2024, 1, 2, 3, 4, 6)


def log_lines(day, count):
    for i in range(count):
        yield "2024-01-%02d 12:%02d:%02d level=%s msg=event-%d\n" % (
            day, i % 60, (i * 7) % 60, ("INFO", "WARN", "ERROR")[i % 3], i)


class Sink(io.RawIOBase):
    """A write-only stream with no position, like a socket or a pipe."""

    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, data):
        self.parts.append(bytes(data))
        return len(data)

    def value(self):
        return b"".join(self.parts)


def write_logs(target):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for day in (1, 2, 3):
            info = zipfile.ZipInfo("logs/day%d.log" % day, WHEN)
            info.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(info, "w") as out:
                for line in log_lines(day, 150 * day):
                    out.write(line.encode())
        with zf.open(zipfile.ZipInfo("logs/raw.bin", WHEN), "w") as out:
            out.write(bytearray(range(256)))
            out.write(memoryview(b"tail-bytes"))
    return target


seekable = write_logs(io.BytesIO()).getvalue()
sink = write_logs(Sink())
piped = sink.value()
print("seekable:", len(seekable), hashlib.sha256(seekable).hexdigest()[:24])
print("piped:   ", len(piped), hashlib.sha256(piped).hexdigest()[:24])
print("descriptor records:", piped.count(b"PK\x07\x08"), seekable.count(b"PK\x07\x08"))

for label, data in (("seekable", seekable), ("piped", piped)):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        print(label, [(i.filename, i.flag_bits, i.file_size, i.compress_size)
                      for i in zf.infolist()])
        print("  testzip:", zf.testzip())

with zipfile.ZipFile(io.BytesIO(seekable)) as zf:
    with zf.open("logs/day2.log") as f:
        print(f)
        print("readable/seekable:", f.readable(), f.seekable(), f.tell())
        first = f.readline()
        print("first:", first)
        print("peek:", f.peek(5)[:5], "tell:", f.tell())
        print("read(20):", f.read(20))
        print("readline(10):", f.readline(10))
        f.seek(0)
        print("after seek(0):", f.readline()[:19])
        f.seek(-30, 2)
        print("last 30:", f.read())
        print("at end:", f.read(), f.tell())
        f.seek(100)
        f.seek(50, 1)
        print("tell 150:", f.tell(), f.read(8))
        f.seek(10 ** 9)
        print("clamped:", f.tell())
    print(f)
    with zf.open("logs/day3.log") as f:
        levels = {}
        for raw in f:
            level = raw.split(b"level=")[1].split()[0].decode()
            levels[level] = levels.get(level, 0) + 1
        print("levels:", sorted(levels.items()))
    with zf.open("logs/day1.log") as f:
        text = io.TextIOWrapper(f, encoding="utf-8")
        lines = text.readlines()
        print("text lines:", len(lines), lines[-1].rstrip())
    with zf.open("logs/day1.log") as f:
        chunks = []
        while True:
            block = f.read1(1000)
            if not block:
                break
            chunks.append(len(block))
        print("read1 total:", sum(chunks), "chunks>0:", all(chunks))
    raw = zf.read("logs/raw.bin")
    print("raw:", len(raw), raw[:4], raw[-10:])
    try:
        zf.open("logs/day1.log", "rw")
    except ValueError as exc:
        print("ValueError:", exc)

# A writing handle blocks other use of the archive until it is closed.
buf = io.BytesIO()
zf = zipfile.ZipFile(buf, "w")
handle = zf.open("partial.txt", "w")
handle.write(b"partial data")
for attempt in (lambda: zf.writestr("other.txt", "x"),
                lambda: zf.open("another.txt", "w"),
                zf.close):
    try:
        attempt()
    except ValueError as exc:
        print("ValueError:", exc)
handle.close()
print("closed handle:", handle.closed)
try:
    handle.write(b"more")
except ValueError as exc:
    print("ValueError:", exc)
zf.close()
with zipfile.ZipFile(buf) as zf:
    print(zf.namelist(), zf.read("partial.txt"))
