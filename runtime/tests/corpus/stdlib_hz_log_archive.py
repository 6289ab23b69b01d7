"""A log rotator: writes request logs as text into gzip files (fixed mtimes so the
archives are reproducible), appends to them, then scans the archives back line by
line to build a report, and checks each archive's integrity."""

import gzip
import hashlib
import io
import os
import shutil
import tempfile
from collections import Counter

PATHS = ["/", "/login", "/api/items", "/api/items/42", "/static/app.js", "/health"]
AGENTS = ["curl/8.1", "Mozilla/5.0", "python-requests/2.31", "Go-http-client/1.1"]


def make_lines(day, count):
    seed = day * 7919 + 17
    lines = []
    for i in range(count):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        path = PATHS[seed % len(PATHS)]
        status = (200, 200, 200, 304, 404, 500)[(seed >> 8) % 6]
        size = (seed >> 4) % 5000
        agent = AGENTS[(seed >> 12) % len(AGENTS)]
        ms = (seed >> 3) % 900 + 1
        lines.append("2024-03-%02d 10:%02d:%02d GET %s %d %d %dms \"%s\"\n" % (
            day, i // 60 % 60, i % 60, path, status, size, ms, agent))
    return lines


root = tempfile.mkdtemp(prefix="logs")
archives = []
for day in range(1, 6):
    name = os.path.join(root, "access-2024-03-%02d.log.gz" % day)
    lines = make_lines(day, 150 + day * 40)
    raw = open(name, "wb")
    with gzip.GzipFile(filename="access.log", mode="wb", fileobj=raw,
                       compresslevel=(9 if day % 2 else 6), mtime=1709251200 + day * 86400) as gz:
        with io.TextIOWrapper(gz, encoding="utf-8") as text:
            text.writelines(lines[:100])
    raw.close()
    # Late lines arrive: appended as a second member.
    with gzip.open(name, "at", encoding="utf-8") as text:
        text.writelines(lines[100:])
    archives.append(name)

report = Counter()
slow = []
bytes_by_path = Counter()
for name in archives:
    with gzip.open(name, "rt", encoding="utf-8") as f:
        for line in f:
            date, time_, method, path, status, size, ms, agent = line.split(" ", 7)
            report[status] += 1
            bytes_by_path[path] += int(size)
            if int(ms[:-2]) > 850:
                slow.append((date, time_, path, ms))

print("status counts:", sorted(report.items()))
for path, total in bytes_by_path.most_common(3):
    print("  %-16s %8d bytes" % (path, total))
print("slow requests:", len(slow))
for entry in slow[:4]:
    print("  ", *entry)

# Integrity: the first member is byte-for-byte reproducible (fixed mtime), the whole
# file decompresses to the lines written.
for name in archives[:3]:
    with open(name, "rb") as f:
        blob = f.read()
    head = blob[:10]
    digest = hashlib.sha256(blob[:blob.index(b"\x1f\x8b", 10)] if b"\x1f\x8b" in blob[10:] else blob).hexdigest()
    text = gzip.decompress(blob).decode("utf-8")
    print(os.path.basename(name), "header", head.hex(), "lines", text.count("\n"),
          "first member sha256", digest[:16])

with gzip.open(archives[0], "rb") as f:
    first = f.readline()
    f.seek(5000)
    mid = f.readline()
    print(first.decode().split()[3], f.tell() > 5000, mid[:10])

# A truncated archive is reported, the rest still read.
broken = os.path.join(root, "broken.log.gz")
with open(archives[1], "rb") as src, open(broken, "wb") as dst:
    dst.write(src.read()[:-30])
count = 0
try:
    with gzip.open(broken, "rt", encoding="utf-8") as f:
        for line in f:
            count += 1
except EOFError as e:
    print("broken archive after", count, "lines:", e)

shutil.rmtree(root)
print("cleaned up:", not os.path.exists(root))
