# posixpath: join, normpath, abspath, relpath, commonpath, realpath through links, loops and dangling links (strict and not), ismount.
import os, posixpath as pp, tempfile, shutil
for args in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a",), (b"a", b"b"), ("a", "b/", "", "c")]:
    print(args, pp.join(*args))
for bad in [("a", b"b"), (1,), ("a", None)]:
    try:
        pp.join(*bad)
    except TypeError as e:
        print("TypeError", e)
for p in ["", ".", "/", "//", "///", "////a", "//a/../b", "a/../..", "../a/./b/..", "/../x", "a//b///c/", "./", "x/y/../../..", b"/a/./b/../c", "a/b/c/../../../../d"]:
    print(repr(p), repr(pp.normpath(p)))
cwd = os.getcwd()
print(pp.abspath("x") == pp.join(cwd, "x"), pp.abspath(b"/a/../b"))
for a, b in [("/a/b/c", "/a/d"), ("/a", "/a"), ("/a/b", "/"), ("a/b", "a"), ("/x/y", "/x/y/z/w")]:
    print(a, b, pp.relpath(a, b))
print(pp.relpath("x") , pp.relpath(b"/a/b", b"/a"))
try:
    pp.relpath("")
except ValueError as e:
    print(e)
for ps in [["/usr/lib", "/usr/local/lib"], ["a/b", "a/c/d", "a"], ["/a/./b", "/a/b/c"], [b"/x/y", b"/x/z"], ["/a"], ["a", "b"]]:
    print(ps, pp.commonpath(ps))
for bad in [[], ["/a", "b"], ["/a", b"/b"]]:
    try:
        pp.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
root = os.path.realpath(tempfile.mkdtemp())
try:
    os.makedirs(pp.join(root, "d1", "d2"))
    os.symlink("d1/d2", pp.join(root, "l1"))
    os.symlink(pp.join(root, "l1"), pp.join(root, "l2"))
    os.symlink("loopb", pp.join(root, "loopa"))
    os.symlink("loopa", pp.join(root, "loopb"))
    os.symlink("missing", pp.join(root, "dangling"))
    os.symlink("..", pp.join(root, "d1", "up"))
    r = lambda p: pp.relpath(pp.realpath(p), root) if isinstance(p, str) else p
    for p in ["l1", "l2", "l2/..", "l1/../d2", "loopa", "loopa/x", "dangling", "d1/up/l1", "d1/up/d1/up", "nonexist/../d1", "./d1//d2/."]:
        print(p, r(pp.join(root, p)))
    for p in ["loopa", "dangling"]:
        try:
            pp.realpath(pp.join(root, p), strict=True)
        except OSError as e:
            print(p, type(e).__name__)
    print(pp.realpath(pp.join(root, "l2"), strict=True) == pp.join(root, "d1", "d2"))
    print(pp.lexists(pp.join(root, "dangling")), pp.exists(pp.join(root, "dangling")), pp.islink(pp.join(root, "l1")))
    print(pp.ismount("/"), pp.ismount(root), pp.ismount(pp.join(root, "l1")), pp.ismount(pp.join(root, "nope")))
    os.chdir(root)
    print(pp.relpath(pp.realpath("l1"), root), pp.realpath(b"l2")[-5:])
finally:
    os.chdir(cwd)
    shutil.rmtree(root)
