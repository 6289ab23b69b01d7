# Reading lines out of in-memory binary buffers: iteration, readline, mixing
# positional calls with iteration, and writes that land in the middle.
import io


def show(tag, value):
    print(tag, repr(value))


def build_log(n, sep=b"\n"):
    parts = []
    for i in range(n):
        parts.append(b"entry %04d level=%s msg=%s" % (i, b"INFO" if i % 3 else b"WARN", b"x" * (i % 17)))
    return sep.join(parts) + sep


data = build_log(2000)
buf = io.BytesIO(data)
count = 0
warn = 0
for line in buf:
    count += 1
    if b"WARN" in line:
        warn += 1
    if not line.endswith(b"\n"):
        print("unterminated", line)
print("lines", count, "warn", warn, "pos", buf.tell(), len(data))

# iteration interleaved with tell/read/seek
buf = io.BytesIO(data)
first = next(buf)
show("first", first)
print("tell after next", buf.tell())
show("read 10", buf.read(10))
show("rest of line", buf.readline())
print("tell", buf.tell())
buf.seek(5)
show("after seek 5", next(buf))
buf.seek(-30, 2)
show("near end", list(buf))
print("tell at end", buf.tell())
buf.seek(0)
for i, line in enumerate(buf):
    if i == 700:
        pos = buf.tell()
        break
print("pos at 700", pos)
show("readline(7)", buf.readline(7))
show("readline(0)", buf.readline(0))
show("readline(None)", buf.readline(None))
show("next", next(buf))

# writes in the middle of an iteration change what follows
buf = io.BytesIO(b"aaa\nbbb\nccc\nddd\neee\n")
out = []
for line in buf:
    out.append(line)
    if line == b"bbb\n":
        here = buf.tell()
        buf.write(b"CC")
        buf.seek(here)
print(out)
print(buf.getvalue())

# appends after reading, then reading again
buf = io.BytesIO()
for i in range(50):
    buf.write(b"row%d," % i)
    buf.write(b"%d\n" % (i * i))
print("size", buf.tell(), len(buf.getvalue()))
buf.seek(0)
rows = [line.rstrip(b"\n").split(b",") for line in buf]
print(rows[:3], rows[-1], len(rows))
buf.write(b"tail-without-newline")
buf.seek(-25, 2)
print(buf.readlines())
buf.seek(0)
print(len(buf.readlines()), buf.tell())
buf.seek(0)
print(buf.readlines(30))
print(buf.readlines(1))
print(buf.tell())

# carriage returns are not line ends for binary files
buf = io.BytesIO(b"one\r\ntwo\rthree\n\x0bfour\x0c\n\x1c\nlast\r")
print(list(buf))
buf.seek(0)
print(buf.readlines())
buf.seek(0)
print([buf.readline() for _ in range(6)])

# a long line and empty lines
big = b"z" * 100000 + b"\n\n\n" + b"y" * 70000
buf = io.BytesIO(big)
print([len(x) for x in buf])

# getbuffer edits are visible to later reads
buf = io.BytesIO(b"alpha\nbeta\ngamma\n")
print(next(buf))
view = buf.getbuffer()
view[6:10] = b"BETA"
print(next(buf))
del view
buf.write(b"x")
print(buf.getvalue())

# a subclass's readline is not used by iteration of BytesIO
class Tagged(io.BytesIO):
    def readline(self, size=-1):
        got = super().readline(size)
        return got and b"#" + got

t = Tagged(b"p\nq\n")
print(list(t), t.tell())
t.seek(0)
print(t.readline(), t.readlines())

# errors
buf = io.BytesIO(b"abc\n")
for bad in (1.5, "3", -1.0):
    try:
        buf.readline(bad)
    except TypeError as e:
        print("TypeError", e)
buf.close()
for op in (lambda: next(buf), buf.readline, buf.readlines, buf.getvalue, buf.tell,
           lambda: buf.write(b"x"), lambda: iter(buf)):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
