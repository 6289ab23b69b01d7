# pathlib: PureWindowsPath (drives, UNC, extended paths, case-insensitive compare, reserved names).
from pathlib import PureWindowsPath as W, PurePosixPath as P, Path
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
for s in ["", "c:", "c:/", "C:\\Windows\\System32", "c:foo\\bar", "\\\\server\\share\\dir\\f.txt", "\\\\server\\share",
          "//server/share/x", "\\\\?\\c:\\x\\y", "\\\\?\\UNC\\srv\\shr\\p", "/a/b", "a/b\\c", "\\\\\\x", "d:\\a\\..\\b.tar.gz", "C:/x/./y//z/"]:
    p = W(s)
    print(repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name), repr(p.suffix), p.is_absolute(), repr(p.parent), list(p.parents), p.as_posix())
print(W("c:/a") == W("C:/A"), hash(W("c:/a")) == hash(W("C:/A")), W("a") == P("a"), W("c:/a") < W("C:/b"))
err(lambda: W("a") < P("b"))
print(W("c:/a", "d:b"), W("c:/a", "c:b"), W("c:/a", "/b"), W("c:/a", "C:b"), W("a") / "c:/x", W("c:", "x"), W("//s/sh", "x"))
print(W("c:/Windows").relative_to("C:/"), W("c:/a/b").is_relative_to("C:/A"))
err(lambda: W("c:/a").relative_to("d:/"))
print(W("c:/a/b.py").match("*.PY"), W("c:/a/b.py").match("C:/*/*.py"), W("c:/a/b.py").match("d:/*/*.py"), W("b.py").match("/*.py"))
print(W("nul").is_reserved(), W("c:/x/COM1.txt").is_reserved(), W("//s/sh/nul").is_reserved(), W("a").is_reserved(), P("nul").is_reserved())
print(W("c:/a b/c").as_uri(), W("//srv/shr/x y").as_uri())
err(lambda: W("c:a").as_uri())
print(W("c:/a/b.txt").with_name("c.py"), W("c:/a/b.txt").with_suffix(".md"), W("c:/a/b.txt").with_stem("z"))
err(lambda: W("c:/a/b").with_name("x\\y"))
err(lambda: W("c:/a/b").with_name("x/y"))
err(lambda: W("c:/").with_name("x"))
err(lambda: W("c:/a").with_suffix("\\x"))
err(lambda: W("c:/a").with_suffix("/x"))
err(lambda: W("c:/a").with_name("d:"))
err(lambda: __import__("pathlib").WindowsPath("c:/"))
print(sorted([W("b"), W("A"), W("a")]), W("x").joinpath("y", "z"), "c:/" / W("x"))
