# Browse a documentation archive through zipfile.Path: walk the tree
# (including directories that only exist implicitly), read text and bytes,
# and write new members through Path.open on a writable archive.
import io
import os
import shutil
import tempfile
import zipfile

WHEN = (2020, 10, 10, 10, 10, 10)
PAGES = {
    "site/index.html": "<h1>Home</h1>\n",
    "site/about.html": "<h1>About</h1>\n",
    "site/docs/intro.md": "# Intro\n\nStart here.\n",
    "site/docs/api/core.md": "# Core API\n",
    "site/docs/api/extra.tar.gz": "not really gzip",
    "site/static/logo.svg": "<svg/>",
    "README": "top-level readme\n",
}


def walk(path, depth=0):
    for child in sorted(path.iterdir(), key=lambda p: p.name):
        kind = "dir " if child.is_dir() else "file"
        extra = ""
        if child.is_file():
            extra = "%d bytes" % len(child.read_bytes())
        print("  " * depth + "%s %-14s %s" % (kind, child.name, extra))
        if child.is_dir():
            walk(child, depth + 1)


work = tempfile.mkdtemp()
here = os.getcwd()
os.chdir(work)
try:
    with zipfile.ZipFile("site.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in PAGES.items():
            zf.writestr(zipfile.ZipInfo(name, WHEN), text)

    root = zipfile.Path("site.zip")
    print(repr(root), str(root), root.name, root.is_dir(), root.exists())
    walk(root)

    docs = root / "site" / "docs"
    print(repr(docs), docs.is_dir(), docs.exists(), docs.name)
    intro = docs / "intro.md"
    print(repr(intro), intro.is_file(), intro.suffix, intro.stem)
    print(intro.read_text().splitlines())
    archive = docs.joinpath("api", "extra.tar.gz")
    print(archive.name, archive.suffix, archive.suffixes, archive.stem)
    print(repr(archive.parent), repr(archive.parent.parent))
    print(str(root.parent) == ".", str(intro.filename).endswith("site.zip/site/docs/intro.md"))
    missing = docs / "nope.md"
    print(repr(missing), missing.exists(), missing.is_file(), missing.is_dir())
    try:
        missing.read_text()
    except FileNotFoundError as exc:
        print("FileNotFoundError:", type(exc.args[0]).__name__)
    try:
        list(intro.iterdir())
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        docs.open()
    except IsADirectoryError:
        print("IsADirectoryError")
    with (root / "README").open("rb") as f:
        print(f.read(9))
    with (root / "site" / "index.html").open(encoding="utf-8") as f:
        print(repr(f.read()))
    try:
        (root / "README").open("rb", encoding="utf-8")
    except ValueError as exc:
        print("ValueError:", exc)

    # A Path over an open ZipFile; write a member through it.
    with zipfile.ZipFile("notes.zip", "w") as zf:
        zf.writestr(zipfile.ZipInfo("notes/a.txt", WHEN), "first")
        base = zipfile.Path(zf)
        print(type(zf).__name__)
        with (base / "notes" / "b.txt").open("w", encoding="utf-8") as out:
            out.write("second note\n")
        print(sorted(p.name for p in (base / "notes").iterdir()))
    with zipfile.ZipFile("notes.zip") as zf:
        zp = zipfile.Path(zf, at="notes/")
        print(type(zf).__name__, repr(zp))
        print([(p.name, p.read_text()) for p in zp.iterdir()])
        print([i.date_time for i in zf.infolist()])

    # Path over an in-memory archive has no file name.
    mem = io.BytesIO()
    with zipfile.ZipFile(mem, "w") as zf:
        zf.writestr(zipfile.ZipInfo("x/y/z.txt", WHEN), "deep")
    p = zipfile.Path(zipfile.ZipFile(mem))
    print([repr(c) for c in p.iterdir()], (p / "x" / "y" / "z.txt").read_text())
    print(p.root.namelist())
finally:
    os.chdir(here)
    shutil.rmtree(work)
