# fileinput: inplace rewriting with and without backups, nextfile/close, hooks.
import fileinput, os, sys, tempfile

d = tempfile.mkdtemp()
def path(n):
    return os.path.join(d, n)
for n, text in (("a.txt", "a1\na2\n"), ("b.txt", "b1\n"), ("c.txt", "c1\nc2\nc3\n")):
    with open(path(n), "w") as f:
        f.write(text)

for bad in (dict(mode="w"), dict(inplace=True, openhook=open), dict(openhook="nope")):
    try:
        fileinput.FileInput([path("a.txt")], **bad)
    except ValueError as e:
        print(type(e).__name__, e)

with fileinput.input([path("a.txt"), path("b.txt")], inplace=True, backup=".orig") as fi:
    for line in fi:
        print(line.rstrip().upper(), fi.filelineno(), fi.lineno())
print(sys.stdout is sys.__stdout__)
print(sorted(os.listdir(d)))
print(open(path("a.txt")).read(), open(path("a.txt.orig")).read())

with fileinput.input([path("c.txt")], inplace=True) as fi:
    for line in fi:
        if fi.filelineno() == 2:
            fi.nextfile()
            continue
        print("*" + line, end="")
print(sorted(os.listdir(d)), repr(open(path("c.txt")).read()))

fi = fileinput.FileInput([path("a.txt"), path("b.txt"), path("c.txt")])
print(next(fi), fi.filename().endswith("a.txt"))
fi.nextfile()
print(next(fi), fi.filename().endswith("b.txt"), fi.lineno(), fi.filelineno())
fi.close()
print(fi.readline() == "", os.path.basename(fi.filename()))
with fileinput.FileInput([path("b.txt")], mode="rb") as fi:
    print(list(fi), fi.readline())
calls = []
def hook(name, mode, *, encoding=None, errors=None):
    calls.append((os.path.basename(name), mode, encoding, errors))
    return open(name, mode, encoding=encoding, errors=errors)
with fileinput.FileInput([path("b.txt")], openhook=hook, encoding="utf-8") as fi:
    print(list(fi))
print(calls)
try:
    with fileinput.FileInput([path("missing.txt")]) as fi:
        next(fi)
except FileNotFoundError as e:
    print(type(e).__name__)
for n in os.listdir(d):
    os.remove(path(n))
os.rmdir(d)
