"""Atomic config writes with temp files, a spooled upload buffer and scratch space."""
import json
import os
import tempfile
from contextlib import contextmanager


@contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    folder = os.path.dirname(path) or "."
    tmp = tempfile.NamedTemporaryFile(mode, encoding=encoding, dir=folder,
                                      prefix=".tmp-", suffix=".part", delete=False)
    try:
        with tmp:
            yield tmp
        os.replace(tmp.name, path)
    except BaseException:
        os.unlink(tmp.name)
        raise


def leftovers(folder):
    return sorted(n for n in os.listdir(folder) if n.startswith(".tmp-"))


with tempfile.TemporaryDirectory() as root:
    cfg = os.path.join(root, "config.json")
    print("== atomic writes ==")
    with atomic_write(cfg) as f:
        json.dump({"version": 1, "items": [1, 2, 3]}, f, sort_keys=True)
        print("writing to a part file:", os.path.basename(f.name).endswith(".part"))
        print("target exists yet:", os.path.exists(cfg))
    print(open(cfg).read(), leftovers(root))
    try:
        with atomic_write(cfg) as f:
            f.write("{broken")
            raise RuntimeError("serialisation failed")
    except RuntimeError as exc:
        print("aborted:", exc)
    print("unchanged:", json.load(open(cfg)), leftovers(root))
    with atomic_write(cfg, "wb", encoding=None) as f:
        f.write(b'{"version": 2}')
    print(json.load(open(cfg)))

    print("== chained temp-file calls ==")
    n = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=root).write("café")
    print("chars written:", n)
    print("no stray files:", sorted(os.listdir(root)))
    read_back = None
    with tempfile.NamedTemporaryFile("w+", dir=root) as t:
        write = t.write
        seek = t.seek
        print(write("line one\n"), write("line two\n"), seek(0))
        read_back = t.readlines()
        print("same bound object:", t.write is write)
        print("method names:", t.write.__name__, t.readline.__name__)
    print(read_back, t.closed)

    def make_and_drop():
        t = tempfile.NamedTemporaryFile(dir=root)
        t.write(b"temporary")
        t.flush()
        return t.name, os.path.getsize(t.name)

    name, size = make_and_drop()
    print("dropped file removed:", not os.path.exists(name), size)

    print("== spooled upload buffer ==")
    buf = tempfile.SpooledTemporaryFile(max_size=16, mode="w+b")
    sizes = []
    for chunk in (b"header:", b"12345", b"-more-data-", b"end"):
        buf.write(chunk)
        sizes.append((buf.tell(), buf._rolled))
    print(sizes)
    print("truncate ->", buf.truncate(10), "tell", buf.tell())
    buf.seek(0)
    print(buf.read())
    buf.close()
    small = tempfile.SpooledTemporaryFile(max_size=100)
    print(small.write(b"abcdef"), small.truncate(3), small.truncate(), small._rolled)
    small.seek(0)
    print(small.read(), small.seek(0, os.SEEK_END))
    small.close()
    text = tempfile.SpooledTemporaryFile(max_size=8, mode="w+", encoding="utf-8")
    text.write("ab\ncd\n")
    print("before roll:", text._rolled)
    text.write("efgh\n")
    print("after roll:", text._rolled)
    text.seek(0)
    print(list(text))
    text.close()

    print("== mkstemp / mkdtemp ==")
    fd, path = tempfile.mkstemp(dir=root, prefix="job-", suffix=".lock", text=True)
    with os.fdopen(fd, "w") as f:
        f.write(str(12345))
    print(os.path.basename(path).startswith("job-"), path.endswith(".lock"), open(path).read())
    print(oct(os.stat(path).st_mode & 0o777))
    os.unlink(path)
    d = tempfile.mkdtemp(dir=root, prefix="work-")
    print(oct(os.stat(d).st_mode & 0o777), os.path.basename(d).startswith("work-"))
    os.rmdir(d)
    try:
        tempfile.mkstemp(dir=os.path.join(root, "missing"))
    except FileNotFoundError as exc:
        print("FileNotFoundError", exc.errno)
    try:
        tempfile.mkstemp(prefix=b"b", suffix="s")
    except TypeError as exc:
        print("TypeError", exc)
    fd, bpath = tempfile.mkstemp(prefix=b"raw-", dir=os.fsencode(root))
    os.close(fd)
    print(type(bpath).__name__, os.path.basename(bpath)[:4])
    os.unlink(bpath)

    print("== TemporaryDirectory ==")
    outer = tempfile.TemporaryDirectory(dir=root, prefix="scratch-")
    with outer as name:
        print(name == outer.name, os.path.isdir(name))
        os.makedirs(os.path.join(name, "a", "b"))
        with open(os.path.join(name, "a", "b", "f.txt"), "w") as f:
            f.write("x")
        os.chmod(os.path.join(name, "a", "b"), 0o500)
    print("removed:", not os.path.exists(outer.name))
    outer.cleanup()
    gone = tempfile.TemporaryDirectory(dir=root)
    os.rmdir(gone.name)
    try:
        gone.cleanup()
        print("cleanup of vanished dir: ok")
    except FileNotFoundError:
        print("cleanup of vanished dir: FileNotFoundError")
    quiet = tempfile.TemporaryDirectory(dir=root, ignore_cleanup_errors=True)
    os.rmdir(quiet.name)
    quiet.cleanup()
    print("quiet cleanup ok")
    print("final:", sorted(os.listdir(root)))
