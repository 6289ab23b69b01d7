# os.path (posixpath): joining, splitting, normalising, expanding; str and bytes; errors.
import os
import os.path
import posixpath


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


paths = ["", "/", "//", "///", "a", "/a", "a/", "a/b", "/a/b/", "a//b", "a/./b", "a/../b",
         "../a", "./a", "/..", "/../a", ".", "..", "a/b/../../..", "//a//b//", "///a/b",
         "a.txt", ".bashrc", "a/b.tar.gz", "a/.b", "a.b/c", "..a", "a..", "/a/b/.",
         "~", "~/x", "~user/x", "a/~"]
for p in paths:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p),
          repr(os.path.dirname(p)), os.path.normpath(p), os.path.isabs(p),
          os.path.splitdrive(p), os.path.normcase(p))
for p in paths[:12]:
    b = p.encode()
    print(repr(b), os.path.split(b), os.path.splitext(b), os.path.basename(b),
          os.path.dirname(b), os.path.normpath(b), os.path.isabs(b))
print(os.path.join("a"), os.path.join("a", "b", "c"), os.path.join("a/", "b"),
      os.path.join("a", "/b", "c"), os.path.join("", "a"), os.path.join("a", ""),
      os.path.join("", ""), os.path.join("/", "a"), os.path.join(b"a", b"b"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr"]), os.path.commonprefix([]),
      os.path.commonprefix(["abc", "abd"]), os.path.commonprefix([["a", "b"], ["a", "c"]]))
print(os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.commonpath(["a/b", "a/c"]),
      os.path.commonpath(["/a"]), os.path.commonpath([b"/x/y", b"/x/z"]),
      os.path.commonpath(["a/./b", "a/b/c"]))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"),
      os.path.relpath("/a", "/a"), os.path.relpath("a/b", "a/c"),
      os.path.relpath(b"/x/y", b"/x"))
print(os.path.abspath("/a/../b"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"),
      os.path.abspath(b"/a/./b"))
print(os.path.realpath("/") , os.path.realpath("/tmp/../tmp/./"),
      os.path.realpath("x") == os.path.join(os.getcwd(), "x"))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/someone/"
print(os.path.expanduser("~"), os.path.expanduser("~/a/b"), os.path.expanduser("a/~"),
      os.path.expanduser(b"~/x"), os.path.expanduser("~other/x"))
if home is not None:
    os.environ["HOME"] = home
os.environ["EMBER_V"] = "val"
os.environ["EMBER_W"] = "w$EMBER_V"
for s in ["$EMBER_V", "${EMBER_V}", "a$EMBER_V/b", "$EMBER_V$EMBER_V", "$EMBER_NONE",
          "${EMBER_NONE}x", "$", "${", "${}", "$$", "$1", "a${EMBER_V}b", "$EMBER_W",
          "${EMBER_V", "no vars", "$EMBER_V.x", "$EMBER_V_x"]:
    print(repr(s), repr(os.path.expandvars(s)))
print(os.path.expandvars(b"$EMBER_V/${EMBER_V}"))
print(os.path.exists("/"), os.path.exists("/nonexistent/x"), os.path.isdir("/"),
      os.path.isfile("/"), os.path.islink("/"), os.path.lexists("/"), os.path.ismount("/"),
      os.path.exists(""), os.path.isdir(""), os.path.exists("a\0b"), os.path.exists(99999))
print(os.path.samefile("/", "/."), os.path.getsize("os_path.py") > 0,
      isinstance(os.path.getmtime("os_path.py"), float))
t("getsize missing", lambda: os.path.getsize("nonexistent"))
t("join int", lambda: os.path.join(1))
t("join mix", lambda: os.path.join("a", b"b"))
t("join mix2", lambda: os.path.join(b"a", "b"))
t("join int2", lambda: os.path.join("a", 1))
t("join none", lambda: os.path.join("a", None))
t("join noargs", lambda: os.path.join())
t("split int", lambda: os.path.split(1))
t("splitext none", lambda: os.path.splitext(None))
t("basename int", lambda: os.path.basename(5))
t("dirname list", lambda: os.path.dirname([]))
t("normpath int", lambda: os.path.normpath(5))
t("abspath int", lambda: os.path.abspath(5))
t("relpath empty", lambda: os.path.relpath(""))
t("relpath int", lambda: os.path.relpath("a", 5))
t("relpath mix", lambda: os.path.relpath("a", b"b"))
t("commonpath empty", lambda: os.path.commonpath([]))
t("commonpath mixed abs", lambda: os.path.commonpath(["/a", "b"]))
t("commonpath mix types", lambda: os.path.commonpath(["/a", b"/b"]))
t("exists float", lambda: os.path.exists(1.5))
t("isdir none", lambda: os.path.isdir(None))
t("expanduser int", lambda: os.path.expanduser(1))
print(os.path.sep, os.path.pathsep, os.path.curdir, os.path.pardir, os.path.extsep,
      os.path.altsep, os.path.devnull, os.path.defpath, os.path.supports_unicode_filenames)
