import os, tempfile, pathlib, io, sys, os.path as op
d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt")
with open(p, "w", encoding="utf-8") as f:
    n = f.write("line one\nline two\r\nline three\rend")
    print(n, f.tell(), f.name == p, f.mode, f.closed, f.encoding)
print(f.closed)
with open(p, encoding="utf-8") as f:
    print(f.readlines())
with open(p, newline="") as f:
    print(f.readlines())
with open(p, "rb") as f:
    print(f.read(), f.tell())
with open(p, "a") as f:
    f.write("\nappended")
with open(p) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line))
with open(p, "r+") as f:
    f.seek(5); f.write("ONE"); f.seek(0); print(f.read(12))
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print("FNF", e.errno, e.strerror, e.filename == os.path.join(d, "missing.txt"))
with open(p, "wb") as f:
    f.write("héllo\n".encode("latin-1"))
try:
    with open(p, encoding="utf-8") as f: f.read()
except UnicodeDecodeError as e:
    print("UDE:", e.reason, e.start, e.end)
with open(p, encoding="utf-8", errors="replace") as f: print(repr(f.read()))
with open(p, "w") as f:
    print("via print", 1, 2, sep="|", file=f)
    f.writelines(["a\n", "b\n"])
print(open(p).read().splitlines(), os.path.getsize(p))
try:
    with open(p, "w") as f: f.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    with open(p, "rb") as f: f.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    open(p, "rw")
except ValueError as e:
    print("ValueError:", e)
pp = pathlib.Path(d) / "sub" / "file.tar.gz"
print(pp.name, pp.suffix, pp.suffixes, pp.stem, pp.parent.name, pp.relative_to(d).as_posix(), pp.with_suffix(".zip").name, pp.with_name("x.py").name)
pp.parent.mkdir(parents=True, exist_ok=True)
pp.write_text("content\n")
print(pp.exists(), pp.is_file(), pp.parent.is_dir(), pp.read_text(), sorted(x.name for x in pathlib.Path(d).iterdir()), sorted(str(x.relative_to(d)) for x in pathlib.Path(d).rglob("*")))
print(pathlib.PurePosixPath("/a/b/../c").parts, pathlib.PurePosixPath("a/b").joinpath("c", "d"), pathlib.PurePosixPath("/x/y.txt").match("*.txt"), pathlib.PurePosixPath("a") / "b" == pathlib.PurePosixPath("a/b"))
print(op.splitext("a/b.c.d"), op.basename("/x/y/"), op.dirname("/x/y/z"), op.normpath("a//b/./c/../d"), op.isabs("/x"), op.split("/a/b"), op.commonprefix(["abc", "abd"]), op.relpath("/a/b/c", "/a/d"))
os.remove(pp); os.rmdir(pp.parent); os.remove(p); os.rmdir(d)
print(os.path.exists(d))
sys.stdout.write("written\n")
print(sys.stdout.write("abc"), file=sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
