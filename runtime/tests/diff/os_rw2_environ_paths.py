import os, posixpath, tempfile

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(os.PathLike[str], isinstance("x", os.PathLike))
class P:
    def __fspath__(self): return "p"
print(issubclass(P, os.PathLike), issubclass(int, os.PathLike))
class Sub(os.PathLike):
    def __fspath__(self): return "s"
print(issubclass(P, Sub))

env = os.environ
env.pop("RW2_A", None); env.pop("RW2_B", None)
show("get missing", lambda: env.get("RW2_A", "dflt"))
show("get int", lambda: env.get(1))
show("setdefault", lambda: env.setdefault("RW2_A", "one"))
show("setdefault again", lambda: env.setdefault("RW2_A", "two"))
env.update({"RW2_B": "b"}, RW2_C="c")
env.update([("RW2_D", "d")])
show("values", lambda: [env[k] for k in ("RW2_A", "RW2_B", "RW2_C", "RW2_D")])
env |= {"RW2_E": "e"}
show("ior", lambda: env["RW2_E"])
show("or", lambda: sorted((env | {"RW2_F": "f"}).items())[:0])
show("update bad", lambda: env.update({"RW2_G": 3}))
show("pop", lambda: env.pop("RW2_E"))
show("pop missing", lambda: env.pop("RW2_E"))
for k in ("RW2_A", "RW2_B", "RW2_C", "RW2_D"):
    del env[k]
show("popen cmd", lambda: os.popen(3))
show("popen mode", lambda: os.popen("true", "rw"))
show("popen buf", lambda: os.popen("true", "r", 0))
with os.popen("echo hi") as f:
    print(repr(f.read()))
print(os.popen("exit 3").close(), os.popen("true").close())

for m in (["/usr/lib", "/usr/local"], ["abc", "abd", "ab"], [], ["x"], [[1, 2, 3], [1, 2]], ["", "a"]):
    show("commonprefix", lambda: posixpath.commonprefix(m))

with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, "f"); open(f, "w").close()
    ln = os.path.join(d, "ln"); os.symlink(f, ln)
    bad = os.path.join(d, "bad"); os.symlink(os.path.join(d, "nope"), bad)
    for p in (d, f, ln, bad, os.path.join(d, "nope"), "a\0b", b"/"):
        print([fn(p) for fn in (posixpath.exists, posixpath.lexists, posixpath.isfile,
                                posixpath.isdir, posixpath.islink, posixpath.ismount)])
    print(posixpath.ismount("/"), posixpath.ismount(d))
    print(posixpath.realpath(ln) == f, posixpath.realpath(os.path.join(d, ".", "ln")) == f)
    loop = os.path.join(d, "loop"); os.symlink(loop, loop)
    print(posixpath.realpath(loop) == loop)
    try:
        posixpath.realpath(loop, strict=True)
    except OSError as e:
        print("strict loop", type(e).__name__, e.errno)
    os.mkdir(os.path.join(d, "sub"))
    os.walk  # walk over a tree with a dir, a file, and links
    for top, dirs, files in os.walk(d):
        print(os.path.relpath(top, d), sorted(dirs), sorted(files))

old = os.environ.get("HOME")
os.environ["HOME"] = "/home/someone/"
for p in ("~", "~/x", "~user/x", "x~", b"~/y", "~~"):
    print(repr(posixpath.expanduser(p)))
os.environ["HOME"] = "/"
print(repr(posixpath.expanduser("~")), repr(posixpath.expanduser("~/a")))
os.environ["HOME"] = old
for a in (("a/b/c", "a"), ("/x", "/x/y/z"), (b"/a", b"/b")):
    show("relpath", lambda: posixpath.relpath(*a))
show("relpath empty", lambda: posixpath.relpath(""))
show("relpath mixed", lambda: posixpath.relpath("a", b"b"))
