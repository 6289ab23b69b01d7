"""Log housekeeping: find logs by pattern, rotate, compress names, scratch files."""
import fnmatch
import glob
import os
import tempfile
from pathlib import Path, PurePosixPath

LOGS = [
    "app.log", "app.log.1", "app.log.2", "worker-1.log", "worker-2.log",
    "worker-10.log", "access.log.gz", "error.LOG", ".hidden.log", "notes.txt",
    "sub/app.log", "sub/deeper/trace.log", "sub/deeper/trace.log.1", "archive/old.log.3",
]

with tempfile.TemporaryDirectory(prefix="logs-") as tmp:
    root = Path(tmp)
    print("prefix ok:", root.name.startswith("logs-"))
    for i, name in enumerate(LOGS):
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x" * (i + 1))

    print("== glob module ==")
    old = os.getcwd()
    os.chdir(root)
    try:
        print(sorted(glob.glob("*.log")))
        print(sorted(glob.glob("*.log.[0-9]")))
        print(sorted(glob.glob("worker-?.log")))
        print(sorted(glob.glob("worker-[!1]*.log")))
        print(sorted(glob.glob("**/*.log", recursive=True)))
        print(sorted(glob.glob("**/", recursive=True)))
        print(sorted(glob.glob("sub/*")))
        print(sorted(glob.glob(".*")))
        print(sorted(glob.glob("*", include_hidden=True))[:3])
        print(glob.glob("nomatch*"), glob.glob("app.log"))
        print(sorted(glob.iglob("*/*.log")))
        print(glob.escape("weird[1]*.log"), glob.has_magic("a?b"), glob.has_magic("abc"))
        print(sorted(glob.glob("*.log", root_dir="sub")))
        print("cwd rel:", os.path.relpath(os.getcwd(), root))
        os.chdir("sub")
        print("cwd rel:", os.path.relpath(os.getcwd(), root), sorted(os.listdir(".")))
        os.chdir("..")
    finally:
        os.chdir(old)

    print("== fnmatch ==")
    names = sorted(p.name for p in root.iterdir())
    print(fnmatch.filter(names, "*.log"))
    print(fnmatch.filter(names, "*.[Ll][Oo][Gg]"))
    print(fnmatch.fnmatch("error.LOG", "*.log"), fnmatch.fnmatchcase("error.LOG", "*.log"))
    print(fnmatch.fnmatch("app.log.1", "app.log.[!0]"))
    print(fnmatch.translate("*.log.[0-9]"))
    print(fnmatch.translate("data[!abc]?.csv"))

    print("== pathlib glob ==")
    print(sorted(p.name for p in root.glob("*.log*")))
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*.log")))
    print(sorted(p.relative_to(root).as_posix() for p in root.glob("**/trace*")))
    print(sorted(p.relative_to(root).as_posix() for p in root.glob("*/")))
    print(sorted(p.relative_to(root).as_posix() for p in (root / "sub").rglob("*")))

    print("== rotation ==")

    def rotate(path, keep=3):
        path = Path(path)
        for n in range(keep - 1, 0, -1):
            src = path.with_name(f"{path.name}.{n}")
            if src.exists():
                dst = path.with_name(f"{path.name}.{n + 1}")
                src.replace(dst)
        if path.exists():
            path.rename(path.with_name(path.name + ".1"))
        path.touch()

    rotate(root / "app.log")
    for p in sorted(root.glob("app.log*")):
        print(p.name, p.stat().st_size)
    rotate(root / "app.log")
    for p in sorted(root.glob("app.log*")):
        print(p.name, p.stat().st_size)

    print("== pure path work ==")
    p = PurePosixPath("sub/deeper/trace.log.1")
    print(p.suffix, p.suffixes, p.stem, p.with_suffix(".gz"), p.with_stem("x") if hasattr(p, "with_stem") else "")
    print([str(x) for x in p.parents], p.parts, p.parent.name)
    print(p.match("*.1"), p.match("deeper/*"), p.match("sub/*"), p.is_relative_to("sub"))
    try:
        p.relative_to("other")
    except ValueError as exc:
        print("ValueError", exc)
    try:
        PurePosixPath("noext").with_suffix("bad")
    except ValueError as exc:
        print("ValueError", exc)
    print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("/x") / "y", PurePosixPath("a") / "/abs")

    print("== tempfile ==")
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=root) as nt:
        nt.write("hello\n")
        nt.flush()
        name = nt.name
        print(Path(name).suffix, Path(name).parent == root, os.path.exists(name))
        nt.seek(0)
        print(repr(nt.read()))
    print("deleted after close:", os.path.exists(name))
    nt = tempfile.NamedTemporaryFile(delete=False, dir=root, prefix="keep_")
    nt.write(b"keep me")
    nt.close()
    print("kept:", os.path.exists(nt.name), Path(nt.name).name.startswith("keep_"), Path(nt.name).read_bytes())
    os.unlink(nt.name)
    fd, path = tempfile.mkstemp(suffix=".tmp", prefix="mk_", dir=root, text=True)
    print(type(fd).__name__, Path(path).name.startswith("mk_"), Path(path).suffix)
    os.write(fd, b"abc")
    os.close(fd)
    print(os.path.getsize(path))
    os.remove(path)
    d = tempfile.mkdtemp(dir=root, suffix="_d")
    print(os.path.isdir(d), d.endswith("_d"))
    os.rmdir(d)
    with tempfile.TemporaryFile() as tf:
        tf.write(b"spooled data")
        tf.seek(0)
        print(tf.read())
    with tempfile.SpooledTemporaryFile(max_size=10) as sp:
        sp.write(b"12345")
        print("rolled?", sp._rolled)
        sp.write(b"6789012345")
        print("rolled?", sp._rolled)
        sp.seek(0)
        print(sp.read())
    td = tempfile.TemporaryDirectory(dir=root)
    inner = Path(td.name)
    (inner / "f").write_text("1")
    td.cleanup()
    print("cleaned:", inner.exists())
    print(type(tempfile.gettempdir()).__name__, type(tempfile.gettempprefix()).__name__)
print("root gone:", root.exists())
