import os
import pathlib
import tempfile
import shutil
import fnmatch
import hashlib
from collections import defaultdict

FILES = {
    "src/main.py": "import os\nprint('hi')\n# TODO: refactor\n",
    "src/util/helpers.py": "def f():\n    return 1  # TODO tests\n",
    "src/util/__init__.py": "",
    "docs/readme.md": "# Title\n\nSome *text* here.\n",
    "docs/notes.TXT": "line1\r\nline2\r\n",
    "data/a.csv": "x,y\n1,2\n",
    "data/b.csv": "x,y\n3,4\n5,6\n",
    "data/.hidden": "secret",
    "build/out.bin": "\x00\x01\x02",
}

with tempfile.TemporaryDirectory(prefix="appx_") as tmp:
    root = pathlib.Path(tmp)
    for rel, content in FILES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".bin"):
            p.write_bytes(content.encode("latin-1"))
        else:
            p.write_text(content, newline="")

    def rel(p):
        return p.relative_to(root).as_posix()

    print("all:", sorted(rel(p) for p in root.rglob("*")))
    print("py:", sorted(rel(p) for p in root.rglob("*.py")))
    print("glob data:", sorted(rel(p) for p in root.glob("data/*")))
    print("glob 2:", sorted(rel(p) for p in root.glob("*/*/*.py")))
    print("dirs:", sorted(rel(p) for p in root.iterdir() if p.is_dir()))

    sizes = defaultdict(int)
    for p in sorted(root.rglob("*")):
        if p.is_file():
            sizes[p.suffix.lower() or "<none>"] += p.stat().st_size
    for ext, n in sorted(sizes.items()):
        print(f"  {ext:<8}{n:>5} bytes")

    todo = []
    for p in sorted(root.rglob("*.py")):
        with p.open() as fh:
            for lineno, line in enumerate(fh, 1):
                if "TODO" in line:
                    todo.append((rel(p), lineno, line.strip()))
    for t in todo:
        print("TODO:", t)

    notes = root / "docs" / "notes.TXT"
    print(repr(notes.read_text()), repr(notes.read_bytes()))
    with open(notes, newline="") as fh:
        print(repr(fh.read()))
    print(notes.name, notes.stem, notes.suffix, notes.suffixes, notes.parent.name)
    print(notes.with_suffix(".md").name, notes.with_name("x.y.z").suffixes, notes.with_stem("n2").name)
    print([p.name for p in (root / "src" / "util" / "helpers.py").relative_to(root).parents])
    print((root / "src").joinpath("a", "b").relative_to(root).parts)
    print(pathlib.PurePosixPath("/a/b/../c").parts, pathlib.PurePosixPath("a//b/./c"))
    print(pathlib.PurePosixPath("x/y.tar.gz").suffixes, pathlib.PurePosixPath("x/.bashrc").suffix)
    print(pathlib.PurePosixPath("a/b").match("*/b"), pathlib.PurePosixPath("a/b/c.py").match("b/*.py"))
    print(pathlib.PurePosixPath("/etc") / "passwd", pathlib.PurePosixPath("a") / "/abs")
    print(pathlib.PurePosixPath("a/b").is_relative_to("a"), pathlib.PurePosixPath("a/b").with_suffix(".c"))
    try:
        pathlib.PurePosixPath("a/b").relative_to("c")
    except ValueError as e:
        print("ValueError:", str(e).replace(tmp, "<tmp>"))
    try:
        (root / "nope.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, pathlib.Path(e.filename).name)

    # copy & move
    backup = root / "backup"
    shutil.copytree(root / "data", backup, ignore=shutil.ignore_patterns(".*"))
    print("backup:", sorted(rel(p) for p in backup.iterdir()))
    shutil.move(str(backup / "a.csv"), str(backup / "renamed.csv"))
    (backup / "b.csv").rename(backup / "b2.csv")
    print("after move:", sorted(p.name for p in backup.iterdir()))
    (backup / "b2.csv").unlink()
    (backup / "gone.txt").unlink(missing_ok=True)
    print("exists:", (backup / "b2.csv").exists(), backup.exists(), backup.is_dir())
    shutil.rmtree(backup)
    print("removed:", backup.exists())

    # os.walk with pruning
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "build")
        r = os.path.relpath(dirpath, root)
        print(f"walk {r}: {sorted(filenames)}")

    print(fnmatch.filter(sorted(os.listdir(root / "data")), "*.csv"))
    print(fnmatch.fnmatch("Readme.MD", "*.md"), fnmatch.fnmatchcase("Readme.MD", "*.md"))

    digests = {}
    for p in sorted(root.rglob("*.csv")):
        digests[rel(p)] = hashlib.sha256(p.read_bytes()).hexdigest()[:16]
    print(digests)

    with tempfile.NamedTemporaryFile("w+", dir=root, suffix=".log", delete=False) as nt:
        nt.write("alpha\nbeta\n")
        nt.seek(0)
        print(nt.readlines())
        name = pathlib.Path(nt.name)
    print(name.suffix, name.parent == root, name.exists())
    fd, path = tempfile.mkstemp(dir=root, text=True)
    with os.fdopen(fd, "w") as fh:
        fh.write("x" * 10)
    print(os.path.getsize(path), os.path.dirname(path) == str(root))
    sub = pathlib.Path(tempfile.mkdtemp(dir=root))
    print(sub.is_dir(), list(sub.iterdir()))

    with open(root / "append.txt", "a") as fh:
        fh.write("one\n")
    with open(root / "append.txt", "a") as fh:
        print("two", file=fh)
    with open(root / "append.txt", "r+") as fh:
        fh.seek(0, os.SEEK_END)
        print("tell:", fh.tell())
        fh.seek(0)
        print(fh.read(3), fh.readline(), fh.readline(), repr(fh.readline()))
    try:
        with open(root / "append.txt", "x"):
            pass
    except FileExistsError as e:
        print("FileExistsError:", e.errno)
    try:
        (root / "src").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    print(sorted(p.name for p in root.iterdir() if p.is_file() and not p.name.startswith("tmp")))
print("cleaned:", not root.exists())
