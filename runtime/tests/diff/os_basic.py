# os: process info, environ, file descriptors, files and directories, stat, errors.
import os
import stat
import posixpath


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(os.name, repr(os.sep), repr(os.linesep), repr(os.pathsep), os.curdir, os.pardir,
      os.extsep, os.altsep, os.devnull, os.defpath)
print(os.error is OSError, os.path.__name__, os.path is posixpath)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0)
print(os.getcwd() == os.path.abspath("."), os.getcwdb() == os.getcwd().encode())
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC,
      os.O_APPEND, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK,
      os.X_OK)

# environ
os.environ["EMBER_TEST_VAR"] = "value 1"
print(os.environ["EMBER_TEST_VAR"], os.getenv("EMBER_TEST_VAR"),
      os.environ.get("EMBER_TEST_VAR"), "EMBER_TEST_VAR" in os.environ)
print(os.getenv("EMBER_NO_SUCH_VAR"), os.getenv("EMBER_NO_SUCH_VAR", "dflt"),
      os.environ.get("EMBER_NO_SUCH_VAR", 5))
t("int in environ", lambda: 5 in os.environ)
os.environ.setdefault("EMBER_TEST_VAR", "other")
os.environ.setdefault("EMBER_TEST_VAR2", "second")
print(os.environ["EMBER_TEST_VAR"], os.environ.pop("EMBER_TEST_VAR2"),
      os.environ.pop("EMBER_TEST_VAR2", "gone"))
del os.environ["EMBER_TEST_VAR"]
print("EMBER_TEST_VAR" in os.environ, len(os.environ) > 0)
print(isinstance(os.environ.copy(), dict), list(os.environ) == list(os.environ.keys()))
t("environ missing", lambda: os.environ["EMBER_NO_SUCH_VAR"])
t("environ int key", lambda: os.environ[1])
t("environ int value", lambda: os.environ.__setitem__("A", 1))
t("environ del missing", lambda: os.environ.__delitem__("EMBER_NO_SUCH_VAR"))
t("getenv int", lambda: os.getenv(1))
t("putenv bad name", lambda: os.putenv("A=B", "x"))
t("putenv empty", lambda: os.putenv("", "x"))
t("putenv args", lambda: os.putenv("a"))
os.environ.update({"EMBER_U1": "1"}, EMBER_U2="2")
print(os.environ["EMBER_U1"], os.environ["EMBER_U2"], repr(os.environ)[:9])
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}))

# A private scratch directory; only relative names are printed.
base = "/tmp/ember_os_test_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
print(os.listdir("."), os.listdir(), os.listdir(b"."))

fd = os.open("f.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"ab")))
os.close(fd)
fd = os.open("f.txt", os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -2, os.SEEK_END),
      os.read(fd, 10))
st = os.fstat(fd)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) & 0o600)
fd2 = os.dup(fd)
print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_CUR))
os.close(fd2)
os.close(fd)
print(os.isatty(0) in (True, False))

rfd, wfd = os.pipe()
os.write(wfd, b"through the pipe")
os.close(wfd)
print(os.read(rfd, 100), os.read(rfd, 100))
os.close(rfd)

st = os.stat("f.txt")
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_nlink)
print(type(st).__name__, len(st), st[6], st.st_size == st[stat.ST_SIZE])
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(int(st.st_mtime) == st[8], st.st_mtime_ns // 10 ** 9 == st[8])
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(os.stat(b"f.txt").st_size, os.lstat("f.txt").st_size)
print(stat.filemode(os.stat(".").st_mode)[0], stat.filemode(st.st_mode)[0])

os.mkdir("d")
os.makedirs("d/e/f")
os.makedirs("d/e/f", exist_ok=True)
t("makedirs exists", lambda: os.makedirs("d/e"))
t("mkdir exists", lambda: os.mkdir("d"))
os.rename("f.txt", "d/g.txt")
os.replace("d/g.txt", "d/h.txt")
print(sorted(os.listdir("d")), os.path.exists("f.txt"), os.path.isfile("d/h.txt"))
print(os.path.isdir("d/e"), os.path.isdir("d/h.txt"), os.path.exists("d/e/f"))
print(os.path.getsize("d/h.txt"))
entries = sorted(os.scandir("d"), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.stat().st_size if e.is_file() else "-", os.fspath(e))
with os.scandir(b"d") as it:
    print(sorted(x.name for x in it))
walked = [(p, sorted(ds), sorted(fs)) for p, ds, fs in os.walk("d")]
print(walked)
print([p for p, ds, fs in os.walk("d", topdown=False)])
open_fd = os.open("d/new", os.O_CREAT | os.O_WRONLY)
os.close(open_fd)
os.unlink("d/new")
os.remove("d/h.txt")
t("rmdir nonempty", lambda: os.rmdir("d/e"))
os.rmdir("d/e/f")
os.removedirs("d/e")
print(os.listdir("."))

# Errors carry errno, strerror and the file name as given.
t("stat missing", lambda: os.stat("nonexist"))
t("stat bytes", lambda: os.stat(b"nonexist"))
t("stat float", lambda: os.stat(1.5))
t("stat nul", lambda: os.stat("a\0b"))
t("stat none", lambda: os.stat(None))
t("stat noargs", lambda: os.stat())
t("stat 2 pos", lambda: os.stat("/", "x"))
t("stat bad kw", lambda: os.stat(path="/", x=1))
t("open missing", lambda: os.open("nonexist", os.O_RDONLY))
t("open no flags", lambda: os.open("x"))
t("open 4 pos", lambda: os.open("x", 0, 0, 0))
t("open dir write", lambda: os.open(".", os.O_WRONLY))
t("read bad fd", lambda: os.read(9999, 10))
t("read neg", lambda: os.read(0, -1))
t("read noargs", lambda: os.read())
t("read kw", lambda: os.read(fd=1, n=2))
t("write bad fd", lambda: os.write(9999, b"x"))
t("write str", lambda: os.write(1, "x"))
t("write int", lambda: os.write(1, 5))
t("close bad fd", lambda: os.close(9999))
t("close noargs", lambda: os.close())
t("close str", lambda: os.close("x"))
t("close float", lambda: os.close(1.5))
t("close huge", lambda: os.close(2 ** 70))
t("lseek bad", lambda: os.lseek(9999, 0, 0))
t("rename int", lambda: os.rename(1, "x"))
t("rename missing", lambda: os.rename("nonexist", "x"))
t("remove missing", lambda: os.remove("nonexist"))
t("remove dir", lambda: os.remove("/tmp"))
t("rmdir missing", lambda: os.rmdir("nonexist"))
t("mkdir no parent", lambda: os.mkdir("a/b/c"))
t("mkdir noargs", lambda: os.mkdir())
t("mkdir mode str", lambda: os.mkdir("a", "b"))
t("listdir missing", lambda: os.listdir("nonexist"))
t("listdir float", lambda: os.listdir(5.5))
t("listdir 2", lambda: os.listdir(".", 1))
t("scandir missing", lambda: os.scandir("nonexist"))
t("chdir missing", lambda: os.chdir("nonexist"))
t("chdir none", lambda: os.chdir(None))
t("chdir fd", lambda: os.chdir(9999))
t("urandom neg", lambda: os.urandom(-1))
t("urandom str", lambda: os.urandom("x"))
t("urandom noargs", lambda: os.urandom())
t("getpid arg", lambda: os.getpid(1))
t("strerror", lambda: os.strerror(2))
t("strerror unknown", lambda: os.strerror(99999))
t("strerror str", lambda: os.strerror("x"))
t("fspath int", lambda: os.fspath(1))
t("fspath str", lambda: os.fspath("a"))
t("fspath bytes", lambda: os.fspath(b"a"))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

    def __repr__(self):
        return "P(%r)" % self.p


t("fspath obj", lambda: os.fspath(P("x/y")))
t("fspath bad", lambda: os.fspath(P(5)))
t("stat pathlike missing", lambda: os.stat(P("nonexist")))
t("stat pathlike bad", lambda: os.stat(P(5)))
print(os.path.join(P("a"), "b"), os.path.exists(P(".")))

try:
    os.stat("nonexist")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.filename2, e.args, isinstance(e, OSError))
try:
    os.rename("nonexist", "other")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e.filename2, e.args)
try:
    os.read(9999, 1)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e.args)

os.chdir("/")
os.rmdir(base)
print(os.path.exists(base))
