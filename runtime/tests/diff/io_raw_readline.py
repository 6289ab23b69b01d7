# Raw (unbuffered) binary files read lines through IOBase's generic readline.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "lines.bin")
with open(p, "wb") as f:
    f.write(b"alpha\nbeta\n\ngamma")
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.readline(), f.readline(2), f.readline(-1), f.readline(None))
    print(f.readline(), f.readline(), f.readline())
with open(p, "rb", buffering=0) as f:
    print(list(f))
with open(p, "rb", buffering=0) as f:
    print(f.readlines(), f.readlines())
with open(p, "rb", buffering=0) as f:
    print(f.readlines(7))
    try:
        f.readline("x")
    except TypeError as e:
        print("TypeError", e)
os.remove(p)
os.rmdir(d)
