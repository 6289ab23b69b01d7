# Files on disk: writing a data set with many small writes, then reading it back as
# text and as bytes, line by line and in bulk, with positions and in-place updates.
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.csv")

with open(path, "w", encoding="utf-8") as f:
    f.write("id,name,score\n")
    for i in range(3000):
        f.write(str(i))
        f.write(",")
        f.write("näme%d" % (i % 13))
        f.write(",")
        f.write(str(i * 7 % 101))
        f.write("\n")
print("size", os.path.getsize(path))

with open(path, encoding="utf-8") as f:
    header = next(f)
    total = 0
    names = set()
    for line in f:
        ident, name, score = line.rstrip("\n").split(",")
        total += int(score)
        names.add(name)
print(header.strip(), total, sorted(names)[:3], len(names))

with open(path, encoding="utf-8") as f:
    lines = f.readlines()
    print(len(lines), lines[1], lines[-1], f.tell())
    f.seek(0)
    print(len(f.read()), f.tell())
    f.seek(0)
    print(f.readline(), f.tell(), f.readline(3), f.tell())
    some = f.readlines(40)
    print(some)
    try:
        f.tell()
    except OSError as e:
        print("OSError", e)

with open(path, "rb") as f:
    count = sum(1 for _ in f)
    print("binary lines", count, f.tell())
    f.seek(0)
    first = next(f)
    print(first, f.tell(), f.peek(5)[:5], f.read1(4), f.tell())
    print(next(f), f.read(3), f.readline(), f.tell())
    f.seek(-20, 2)
    print(list(f))
    f.seek(100)
    print(len(f.readlines()), f.tell())
    f.seek(0)
    print(f.readlines(50))

# read-write: update a record in place while walking the file
with open(path, "r+b") as f:
    f.readline()
    where = None
    for line in f:
        if line.startswith(b"1500,"):
            where = f.tell() - len(line)
            break
    f.seek(where)
    f.write(b"XXXX")
    f.seek(where)
    print(f.readline())
    print(next(f))

# text w+: write, read back, write more, read again
other = os.path.join(tmp, "notes.txt")
with open(other, "w+", encoding="utf-8", newline="") as f:
    for i in range(400):
        f.write("note %d\r\n" % i)
    f.write("final")
    print(f.tell())
    f.seek(0)
    rows = list(f)
    print(len(rows), rows[0].encode(), rows[-1])
    f.write(" more\n")
    f.seek(0)
    print(f.read()[-25:].encode())
    f.seek(0, 2)
    f.write("x\n")
    f.seek(0)
    print(len(f.readlines()))

with open(other, encoding="utf-8") as f:
    got = f.readlines()
    print(len(got), got[0].encode(), f.newlines)
with open(other, encoding="utf-8", newline="\r\n") as f:
    print([x.encode() for x in f][-3:])
with open(other, "rb") as f:
    print(f.readlines()[-2:])

f = open(other, encoding="utf-8")
f.close()
for op in (lambda: next(f), f.readline, f.readlines, f.read, lambda: f.write("a")):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)

os.remove(path)
os.remove(other)
os.rmdir(tmp)
print("done")
