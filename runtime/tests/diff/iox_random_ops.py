# Replays the same pseudo-random mix of reads, writes and seeks on in-memory and
# on-disk streams and prints what each call returns.
import io
import os
import tempfile

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def make_bytes():
    pieces = [b"short\n", b"a bit longer line here\n", b"\n", b"cr\r", b"crlf\r\n",
              b"x" * 300 + b"\n", b"no-end", b"tab\tsep\n"]
    return b"".join(pieces[rnd(len(pieces))] for _ in range(400))


def exercise(name, f, text, steps, writable=True):
    marks = [0]
    log = []
    for _ in range(steps):
        op = rnd(11)
        try:
            if op == 0:
                r = next(f, None)
            elif op == 1:
                r = f.readline()
            elif op == 2:
                r = f.readline(rnd(40))
            elif op == 3:
                r = f.read(rnd(60))
            elif op == 4:
                r = f.tell()
                marks.append(r)
            elif op == 5:
                r = f.seek(marks[rnd(len(marks))])
            elif op == 6 and writable:
                r = f.write("w%d\n" % rnd(100) if text else b"w%d\n" % rnd(100))
                if text:
                    # (reads straight after a text write should follow a flush)
                    f.flush()
            elif op == 7:
                r = len(f.readlines(rnd(200)))
            elif op == 8:
                r = [next(f, None) for _ in range(rnd(30))]
                r = sum(len(x) for x in r if x)
            elif op == 9:
                r = f.seek(0, 2) if not text else f.seek(0)
            else:
                r = len(f.read(rnd(3) * 700))
        except (OSError, ValueError) as e:
            r = type(e).__name__ + ": " + str(e)
        log.append((op, r))
    print(name, len(log))
    for i in range(0, len(log), 8):
        print("  ", log[i:i + 8])


data = make_bytes()
exercise("bytesio", io.BytesIO(data), False, 150)
exercise("stringio", io.StringIO(data.decode()), True, 150)
exercise("stringio-none", io.StringIO(data.decode(), newline=None), True, 150)
exercise("stringio-empty", io.StringIO(data.decode(), newline=""), True, 150)
exercise("textwrapper", io.TextIOWrapper(io.BytesIO(data), encoding="ascii"), True, 150)
exercise("textwrapper-nl", io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=""), True, 150)

tmp = tempfile.mkdtemp()
p = os.path.join(tmp, "f.bin")
with open(p, "wb") as out:
    out.write(data * 3)
with open(p, "r+b") as f:
    exercise("file-rb+", f, False, 150)
with open(p, "rb") as f:
    exercise("file-rb", f, False, 150, writable=False)
with open(p, "r", encoding="ascii") as f:
    exercise("file-r", f, True, 150, writable=False)
with open(p, "r+", encoding="ascii") as f:
    exercise("file-r+", f, True, 150)
with open(p, "rb") as f:
    print(len(f.read()))
os.remove(p)
os.rmdir(tmp)
