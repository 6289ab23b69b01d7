import os, pickle, tempfile, shutil
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath, WindowsPath
P, W = PurePosixPath, PureWindowsPath

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
        if BASE:
            r = r.replace(BASE, "BASE")
    print(label, repr(r))

BASE = None

# parsing
for s in ["", ".", "a", "/", "//", "///", "////a", "//a/b", "a//b/./c/", "./a/../b", "/a/b/", "~/x", "a/.", "..", "a/b.tar.gz", ".bashrc", "x."]:
    p = P(s)
    print(repr(s), repr(p), str(p), p.parts, p.drive, repr(p.root), p.anchor, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem))
for s in ["c:", "c:a", "c:/a/b", "C:\\x\\y.txt", "/a", "//srv/share", "//srv/share/dir/f.py", "\\\\?\\c:\\x", "//?/UNC/srv/sh/x", "//./dev", "a/b\\c", "//a", "//a/", "nul", "a/con.txt", "//s/x/nul", "c:/prn:x"]:
    w = W(s)
    print(repr(s), repr(w), str(w), w.parts, w.drive, w.root, w.anchor, repr(w.name), w.is_absolute(), w.is_reserved(), w.as_posix())
print(repr(PurePath("a", "b")), type(PurePath()).__name__, repr(P()), repr(W()))
# joining
print(repr(P("a", "b", "/c", "d")), repr(P("a") / "b" / "c"), repr("x" / P("y")), repr(P("/a").joinpath("b", P("c"), "/d")))
print(repr(W("c:/a", "c:b")), repr(W("c:/a") / "c:b"), repr(W("c:/a") / "D:b"), repr(W("c:/a") / "/x"), repr(W("c:a") / "C:/x"), repr("c:" / W("x")))
print(repr(W("//srv/sh/a") / "/b"), repr(W("a", "//srv/sh")), repr(W("c:/A") / "c:b"))
show("bad arg", lambda: P(1))
show("bad bytes", lambda: P(b"a"))
show("div int", lambda: P("a") / 1)
show("rdiv int", lambda: 1 / P("a"))
# comparisons, hashing
print(P("a") == P("a/"), P("a") == P("A"), W("a") == W("A"), hash(W("ABC")) == hash(W("abc")), P("a") == "a", P("a") == W("a"))
print(sorted([P("b"), P("a/c"), P("a"), P("/z")]), W("a") < W("B"), P("a") < P("B"))
show("lt mixed", lambda: P("a") < W("a"))
show("lt str", lambda: P("a") < "a")
print(len({P("x"), P("x/"), P("./x")}))
# parent(s)
p = P("/a/b/c")
print(repr(p.parent), repr(p.parent.parent.parent), repr(P("a").parent), repr(P(".").parent), repr(P("/").parent))
ps = p.parents
print(repr(ps), len(ps), list(ps), ps[0], ps[-1], ps[1:], ps[::-1], ps[-3])
show("parents idx", lambda: ps[3])
show("parents neg", lambda: ps[-4])
print(list(P("x/y").parents), list(W("c:/a/b").parents), list(W("//s/h/a").parents))
# name manipulations
print(repr(P("a/b.txt").with_name("c.py")), repr(P("a/b.txt").with_stem("z")), repr(P("a/b.txt").with_suffix(".md")), repr(P("a/b").with_suffix(".x")), repr(P("a/b.tar.gz").with_suffix("")))
print(repr(W("c:/a/b.txt").with_name("q")), repr(W("c:/a/b.txt").with_suffix(".z")))
for f, a in [(P("/").with_name, "x"), (P("a").with_name, ""), (P("a").with_name, "b/c"), (P("a").with_name, "/"), (P("a").with_name, "."), (W("a").with_name, "c:"), (W("a").with_name, "x\\y"), (P("a").with_suffix, "x"), (P("a").with_suffix, "."), (P("a").with_suffix, "/.x"), (P("").with_suffix, ".x"), (W("a").with_suffix, ".a\\b"), (P("a").with_stem, "")]:
    show(f.__name__ + " " + a, lambda: f(a))
# relative_to
print(repr(P("/a/b/c").relative_to("/a")), repr(P("/a/b/c").relative_to("/a", "b")), repr(P("a/b").relative_to("")), repr(P("/a").relative_to("/a")), repr(P("/a/b").relative_to("/")))
print(repr(W("C:/Foo/Bar").relative_to("c:/foo")), repr(W("c:/a/b").relative_to("c:")), repr(W("c:/a/b").relative_to("c:/")))
show("rel1", lambda: P("/a/b").relative_to("/c"))
show("rel2", lambda: P("a/b").relative_to("/a"))
show("rel3", lambda: P("/a").relative_to("a"))
show("rel4", lambda: P("a").relative_to())
show("rel5", lambda: W("c:/a").relative_to("d:/"))
show("rel6", lambda: P("/a").relative_to(""))
print(P("/a/b").is_relative_to("/a"), P("/a/b").is_relative_to("/b"), P("a").is_relative_to("a", "b"))
# match
cases = [("a/b.py", "*.py"), ("/a/b.py", "b.py"), ("/a/b.py", "/*.py"), ("/a/b.py", "/a/*.py"), ("a/b/c.py", "b/*.py"), ("a/b/c.py", "a/*.py"), ("a.py", "a/b.py"), ("abc", "a[bx]c"), ("abc", "a[!b]c"), ("a]c", "a[]]c"), ("a-c", "a[a-]c"), ("ab", "a?"), ("a", "a?"), ("a[b", "a[b"), ("AB", "ab"), ("x/y", "**/y"), ("anything", "*"), ("a.b.c", "*.c"), ("z", "[a-y]")]
for s, pat in cases:
    print(s, pat, P(s).match(pat), W(s).match(pat))
print(W("C:/X/Y.PY").match("c:/x/*.py"), W("c:/x").match("d:/*"), W("//s/h/x").match("//s/h/*"))
show("match empty", lambda: P("a").match(""))
# misc
print(P("/a b/c%").as_uri(), W("c:/a b/x").as_uri(), W("//srv/sh/f").as_uri())
show("uri rel", lambda: P("a").as_uri())
print(bytes(P("/x/y")), os.fspath(P("q")), pickle.loads(pickle.dumps(P("/a/b"))) == P("/a/b"), P("/a").__reduce__())
print(P("/a").is_absolute(), P("a").is_absolute(), W("/a").is_absolute(), W("c:a").is_absolute(), W("c:/a").is_absolute(), P("a").is_reserved())
print(isinstance(P("a"), os.PathLike), isinstance(Path("a"), PurePosixPath), type(Path("a")).__name__)
show("winpath", lambda: WindowsPath("a"))

# filesystem
base = Path(tempfile.mkdtemp())
BASE = str(base)
try:
    d = base / "dir"
    d.mkdir()
    show("mkdir again", lambda: d.mkdir())
    d.mkdir(exist_ok=True)
    (d / "x" / "y").mkdir(parents=True)
    show("mkdir noparent", lambda: (d / "q" / "r").mkdir())
    (d / "f.txt").write_text("hello\n")
    (d / "g.bin").write_bytes(b"\x00\x01")
    print((d / "f.txt").read_text(), (d / "g.bin").read_bytes())
    show("write_text bytes", lambda: (d / "h").write_text(b"x"))
    show("write_bytes str", lambda: (d / "h").write_bytes("x"))
    print(sorted(p.name for p in d.iterdir()))
    print(sorted(str(p.relative_to(base)) for p in d.glob("*")))
    print(sorted(str(p.relative_to(base)) for p in d.glob("*.txt")))
    print(sorted(str(p.relative_to(base)) for p in d.glob("**/")))
    print(sorted(str(p.relative_to(base)) for p in d.rglob("*")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("dir/x/*")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("d?r/[fg].*")))
    show("glob empty", lambda: list(d.glob("")))
    show("glob abs", lambda: list(d.glob("/x")))
    show("glob bad **", lambda: list(d.glob("a**b")))
    print(list((d / "nope").glob("*")))
    f = d / "f.txt"
    print(f.exists(), f.is_file(), f.is_dir(), f.is_symlink(), f.is_fifo(), f.is_socket(), f.is_block_device(), f.is_char_device(), f.is_mount(), base.is_mount())
    print((d / "nope").exists(), (d / "nope").is_dir(), (f / "sub").exists())
    (d / "link").symlink_to("f.txt")
    print((d / "link").is_symlink(), (d / "link").readlink(), (d / "link").resolve() == f.resolve(), (d / "link").samefile(f), f.samefile(str(f)))
    (d / "loop").symlink_to("loop")
    show("loop", lambda: (d / "loop").resolve())
    show("strict", lambda: (d / "missing").resolve(strict=True).name)
    print((d / "missing" / ".." / "f.txt").resolve().name)
    (d / "t").touch()
    (d / "t").touch()
    show("touch excl", lambda: (d / "t").touch(exist_ok=False))
    print(repr((d / "t").rename(d / "t2")).endswith("t2')"), (d / "t2").replace(d / "t3").name)
    (d / "t3").unlink()
    show("unlink", lambda: (d / "t3").unlink())
    (d / "t3").unlink(missing_ok=True)
    (d / "hard").hardlink_to(f)
    print((d / "hard").stat().st_nlink, (d / "link").lstat().st_size == 5)
    (d / "x" / "y").rmdir()
    f.chmod(0o600)
    print(oct(f.stat().st_mode & 0o777))
    with f.open("a") as fh:
        fh.write("more\n")
    print(f.read_text().splitlines())
    old = os.getcwd()
    os.chdir(base)
    try:
        print(Path.cwd() == base.resolve(), Path("dir").absolute() == Path.cwd() / "dir", Path("/x").absolute())
    finally:
        os.chdir(old)
    print(Path("~").expanduser() == Path.home(), Path("/a").expanduser(), Path("~nouser_xyz_123").expanduser() if False else "")
finally:
    shutil.rmtree(base)
print(base.exists())
