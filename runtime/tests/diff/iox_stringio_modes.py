# In-memory text buffers under each newline mode: building reports with many small
# writes, then reading them back line by line with positions.
import io

SAMPLE = "alpha\nbeta\r\ngamma\rdelta\n\nvt\x0bff\x0cfs\x1cnel\x85ls\u2028ps\u2029end"


def describe(mode):
    s = io.StringIO(newline=mode)
    s.write(SAMPLE)
    value = s.getvalue()
    s.seek(0)
    lines = list(s)
    s.seek(0)
    by_readline = []
    positions = []
    while True:
        positions.append(s.tell())
        line = s.readline()
        if not line:
            break
        by_readline.append(line)
    s.seek(0)
    print("mode", repr(mode))
    print("  value", repr(value))
    print("  iter ", lines)
    print("  same ", lines == by_readline, positions)
    s.seek(0)
    print("  readlines", s.readlines(12))
    print("  rest", s.read(7), repr(s.readline(3)), s.tell())


for mode in (None, "", "\n", "\r", "\r\n"):
    describe(mode)

# a report assembled from many small pieces
out = io.StringIO()
for i in range(3000):
    out.write("item")
    out.write(str(i))
    out.write(": ")
    out.write("*" * (i % 7))
    out.write("\n")
print("report chars", out.tell(), len(out.getvalue()))
text = out.getvalue()
print(text[:30].splitlines())
out.seek(0)
total = 0
for n, line in enumerate(out):
    total += len(line)
    if n == 1500:
        print("mid", repr(line), out.tell())
        out.write("REPLACED\n")
print("total", total, out.tell())
out.seek(0)
print(out.readline(), out.readline(4), out.readline(), out.tell())
out.seek(0, 2)
out.write("appended\n")
print(out.tell(), out.getvalue()[-30:])
out.truncate(20)
print(repr(out.getvalue()), out.tell())
out.write("X")
print(repr(out.getvalue()), out.tell())
out.seek(30)
out.write("gap")
print(repr(out.getvalue()))

# writes after a seek past the end and in the middle during iteration
s = io.StringIO("one\ntwo\nthree\nfour\n")
seen = []
for line in s:
    seen.append(line)
    if line == "two\n":
        keep = s.tell()
        s.write("THREE")
        s.seek(keep)
print(seen, repr(s.getvalue()))

# initial value and position
s = io.StringIO("x\ny\nz")
print(s.tell(), next(s), s.tell(), s.readlines(), s.tell())
s.write("!")
print(repr(s.getvalue()))


class Upper(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


print(list(Upper("ab\ncd\n")))

s = io.StringIO("q\n")
s.close()
for op in (lambda: next(s), s.readline, lambda: s.write("a"), s.tell, s.getvalue, s.readlines):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO("a").readline(2.0)
except TypeError as e:
    print("TypeError", e)
