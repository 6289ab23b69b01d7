# pathlib: pure path operations, reprs and error messages.
from pathlib import PurePosixPath as P, PurePath, Path, PosixPath
import os
def show(*a):
    print(*a)
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
for s in ["", ".", "/", "//", "///", "a", "a/b", "/a/b/", "a//b", "a/./b", "a/../b", "//a/b", "/a/b.tar.gz", ".bashrc", "a/b.", "x/.tar.gz", "..", "/..", "a/b/c.d.e"]:
    p = P(s)
    show(repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, repr(p.parent), p.anchor, p.is_absolute(), p.as_posix(), list(p.parents), len(p.parents))
p = P("/usr/lib/python3/site.py")
show(p / "x", "x" / P("y"), p.joinpath("a", "b"), p.joinpath("/etc"), P("a") / P("/b") / "c")
show(p.with_name("n.txt"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("zz"))
err(lambda: p.with_name(""))
err(lambda: p.with_name("a/b"))
err(lambda: P("/").with_name("x"))
err(lambda: p.with_suffix("txt"))
err(lambda: p.with_suffix("."))
err(lambda: p.with_suffix("./a"))
err(lambda: P("").with_suffix(".x"))
show(p.relative_to("/usr"), p.relative_to("/usr/lib/python3/site.py"), p.relative_to("/", "usr"))
err(lambda: p.relative_to("/etc"))
err(lambda: p.relative_to("usr"))
err(lambda: P("a/b").relative_to("/a"))
err(lambda: p.relative_to())
show(p.is_relative_to("/usr"), p.is_relative_to("/etc"))
show(p.match("*.py"), p.match("site.py"), p.match("python3/*.py"), p.match("/*.py"), p.match("/usr/*/*/*.py"), p.match("s?te.py"), p.match("[rs]ite.py"), p.match("[!s]ite.py"), p.match("*.PY"))
err(lambda: p.match(""))
show(P("a") == P("a/"), P("a") == P("b"), P("a") < P("b"), hash(P("a/b")) == hash(P("a//b")), P("a") == "a", sorted([P("b"), P("a/c"), P("a")]))
err(lambda: P("a") < "b")
err(lambda: P(1))
err(lambda: P("a") / 1)
err(lambda: p.parents[10])
show(p.parents[-1], p.parents[0:2], repr(p.parents)[:20])
show(os.fspath(P("a/b")), bytes(P("a/b")), P("/a b/c").as_uri())
err(lambda: P("a").as_uri())
show(PurePath("x/y"), type(PurePath("x")).__name__, type(Path("x")).__name__, repr(Path("/tmp")), isinstance(Path("a"), PurePath), isinstance(Path("a"), P))
show(P("a", "b", "/c", "d"), P(P("a"), "b"), P("~").parts, P("a") / "")
show(P("a/b").with_name("c.d").suffixes, P("foo.tar.gz").stem, P("/").name, P("/").parent, P(".").parent)
