"""safeops: a file-operation wrapper that turns OSErrors into friendly, structured reports."""
import errno
import os
import shutil
import tempfile


class OpResult:
    def __init__(self, op, ok, detail):
        self.op, self.ok, self.detail = op, ok, detail

    def __str__(self):
        return f"{'OK ' if self.ok else 'ERR'} {self.op:<34} {self.detail}"


def attempt(label, func, *args, **kw):
    try:
        value = func(*args, **kw)
    except OSError as e:
        code = errno.errorcode.get(e.errno, "?")
        names = " -> ".join(repr(n) for n in (e.filename, e.filename2) if n is not None)
        return OpResult(label, False, f"{type(e).__name__}[{code}] {e.strerror}: {names} | str={e}")
    except Exception as e:
        return OpResult(label, False, f"{type(e).__name__}: {e}")
    if hasattr(value, "close"):
        value.close()
        value = "<file>"
    return OpResult(label, True, repr(value))


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("a/b/c")
    with open("a/f.txt", "w") as fh:
        fh.write("x")
    open("file", "w").close()
    plan = [
        ("makedirs existing", os.makedirs, "a/b/c"),
        ("makedirs under a file", os.makedirs, "file/sub"),
        ("makedirs exist_ok on file", lambda: os.makedirs("a/f.txt", exist_ok=True)),
        ("rename missing", os.rename, "nope", "x"),
        ("replace dir onto file", os.replace, "a", "file"),
        ("replace file onto dir", os.replace, "file", "a"),
        ("rmdir non-empty", os.rmdir, "a"),
        ("remove a directory", os.remove, "a"),
        ("listdir a file", os.listdir, "file"),
        ("copyfile onto itself", shutil.copyfile, "file", "file"),
        ("copyfile from a dir", shutil.copyfile, "a", "z"),
        ("rmtree a file", shutil.rmtree, "file"),
        ("rmtree missing", shutil.rmtree, "missing"),
        ("move into dir", shutil.move, "a/f.txt", "a/b"),
        ("open dir for writing", open, "a", "w"),
        ("open with trailing slash", open, "a/b/c/"),
        ("chdir into a file", os.chdir, "file"),
        ("symlink over existing", os.symlink, "x", "a"),
        ("link missing source", os.link, "missing", "y"),
        ("stat empty path", os.stat, ""),
        ("mkdir missing parents", os.mkdir, "a/b/c/d/e"),
        ("open missing", open, "no/such/file.txt"),
        ("int conversion (not OSError)", int, "zz"),
    ]
    results = [attempt(label, func, *args) for label, func, *args in plan]
    for r in results:
        print(r)
    print(f"{sum(r.ok for r in results)} ok, {sum(not r.ok for r in results)} failed")

    errs = []
    shutil.rmtree("missing", onerror=lambda f, p, ei: errs.append((f.__name__, p, ei[0].__name__)))
    print("rmtree onerror:", errs)
    shutil.rmtree("missing", ignore_errors=True)
    os.makedirs("x/y/z")
    os.removedirs("x/y/z")
    print("removedirs pruned parents:", os.path.exists("x"))
    os.renames("a/b/c", "n/m/c")
    print("renames:", sorted(os.listdir(".")), os.listdir("n/m"))
    os.makedirs("loop")
    os.symlink("..", "loop/up")
    print("walk does not follow links:", [d for d, _, _ in os.walk("loop")])

    print("constructed errors:")
    for e in (OSError(2, "No such file", "f", None, "g"), OSError(2, "msg", "a"), OSError("plain"),
              OSError(errno.EEXIST, "exists"), OSError(errno.EACCES, "denied"), OSError(errno.ENOTDIR, "nd"),
              OSError(errno.EISDIR, "isdir"), OSError(errno.EPERM, "perm"), OSError(999, "odd")):
        print(f"  {type(e).__name__:<20} errno={e.errno} args={e.args} str={e}")
    print("  subclass checks:", issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
    try:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "config.ini")
    except OSError as e:
        print("  raised:", repr(e), e.filename)
    os.chdir("/")
