"""pyfind: a find(1)-like walker with name patterns, size filters, and glob comparisons."""
import fnmatch
import glob
import os
import re
import stat
import tempfile


def human(n):
    for unit in ("B", "K", "M"):
        if n < 1024:
            return f"{n}{unit}"
        n //= 1024
    return f"{n}G"


def find(top, name=None, iname=None, ftype=None, min_size=None, maxdepth=None, prune=()):
    top = os.path.normpath(top)
    base_depth = top.count(os.sep)
    results = []
    for dirpath, dirnames, filenames in os.walk(top):
        depth = dirpath.count(os.sep) - base_depth
        dirnames[:] = sorted(d for d in dirnames if d not in prune)
        if maxdepth is not None and depth >= maxdepth:
            dirnames[:] = []
        candidates = []
        if ftype in (None, "d"):
            candidates += [(d, "d") for d in dirnames]
        if ftype in (None, "f"):
            candidates += [(f, "f") for f in filenames]
        for entry, kind in sorted(candidates):
            if name and not fnmatch.fnmatchcase(entry, name):
                continue
            if iname and not fnmatch.fnmatch(entry.lower(), iname.lower()):
                continue
            full = os.path.join(dirpath, entry)
            st = os.lstat(full)
            if min_size is not None and (kind == "d" or st.st_size < min_size):
                continue
            results.append((os.path.relpath(full, top), kind, st))
    return results


with tempfile.TemporaryDirectory() as tmp:
    os.umask(0o022)
    layout = {
        "src/main.py": 300, "src/Util.PY": 50, "src/pkg/__init__.py": 0,
        "src/pkg/core.py": 2048, "src/pkg/.secret.py": 10,
        "tests/test_main.py": 120, "tests/data/sample[1].txt": 5, "tests/data/sample2.txt": 5000,
        "node_modules/lib/index.js": 99999, "README": 1, ".hidden/config": 7,
    }
    for rel, size in layout.items():
        path = os.path.join(tmp, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(b"x" * size)
    os.chmod(os.path.join(tmp, "src", "main.py"), 0o755)
    os.symlink("main.py", os.path.join(tmp, "src", "link.py"))

    def show(title, rows):
        print(f"-- {title} ({len(rows)})")
        for rel, kind, st in rows:
            print(f"   {kind} {stat.filemode(st.st_mode)} {human(st.st_size) if kind == 'f' else '-':>5} {rel}")

    show("*.py", find(tmp, name="*.py", prune={"node_modules"}))
    show("iname *.py", find(tmp, iname="*.py", prune={"node_modules", ".hidden"}))
    show("dirs maxdepth 1", find(tmp, ftype="d", maxdepth=1))
    show("files >= 1K", find(tmp, ftype="f", min_size=1024))
    show("literal bracket", find(tmp, name="sample[[]1].txt"))
    show("char class", find(tmp, name="sample[0-9].txt"))
    show("negated class", find(tmp, name="[!_t]*.py", prune={"node_modules"}))

    print("-- glob module")
    os.chdir(tmp)
    print("  *:", sorted(glob.glob("*")))
    print("  * hidden:", sorted(glob.glob("*", include_hidden=True)))
    print("  **/*.py:", sorted(glob.glob("**/*.py", recursive=True)))
    print("  ** no recursive:", sorted(glob.glob("**/*.py")))
    print("  src/**:", sorted(glob.glob("src/**", recursive=True)))
    print("  root_dir:", sorted(glob.glob("*.py", root_dir="src")))
    print("  ?EADME:", glob.glob("?EADME"), "escape:", glob.escape("a[b]*?.txt"))
    print("  escaped match:", glob.glob(os.path.join("tests", "data", glob.escape("sample[1].txt"))))
    print("  iglob type:", type(glob.iglob("*")).__name__)
    print("  dir only:", sorted(glob.glob("*/")))
    print("  has_magic:", glob.has_magic("a*b"), glob.has_magic("plain"))

    print("-- fnmatch")
    names = ["a.py", "B.PY", "c.txt", ".d.py", "e.py~"]
    print("  filter:", fnmatch.filter(names, "*.py"), fnmatch.filter(names, "*.[pP][yY]"))
    print("  translate:", fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?"))
    print("  regex works:", bool(re.match(fnmatch.translate("data_*.csv"), "data_2024.csv")))

    print("-- scandir")
    with os.scandir("src") as it:
        for e in sorted(it, key=lambda e: e.name):
            print(f"  {e.name:<12} file={e.is_file()} dir={e.is_dir()} link={e.is_symlink()} "
                  f"follow={e.is_file(follow_symlinks=True)} nofollow={e.is_file(follow_symlinks=False)}")
    print("  readlink:", os.readlink("src/link.py"), "realpath tail:", os.path.basename(os.path.realpath("src/link.py")))

    print("-- walk bottom-up")
    for dirpath, dirnames, filenames in os.walk("src", topdown=False):
        print(f"  {dirpath}: {sorted(dirnames)} {sorted(filenames)}")
    print("  walk missing:", list(os.walk("does-not-exist")))
    errs = []
    list(os.walk("does-not-exist", onerror=errs.append))
    print("  onerror:", [type(e).__name__ for e in errs])

    print("-- os.path odds")
    for p in ["a/b/../c", "./x//y/", "/", "", "a/./b/."]:
        print(f"  normpath({p!r}) = {os.path.normpath(p)!r}")
    for p in ["archive.tar.gz", ".bashrc", "dir.d/file", "noext", "trailing."]:
        print(f"  splitext({p!r}) = {os.path.splitext(p)}")
    print("  commonpath:", os.path.commonpath(["src/pkg/core.py", "src/pkg/__init__.py", "src/main.py"]))
    print("  commonprefix:", os.path.commonprefix(["interstellar", "internet", "interval"]))
    print("  split:", os.path.split("a/b/c.txt"), os.path.split("c.txt"), os.path.split("a/b/"))
    print("  join abs:", os.path.join("a", "/b", "c"), "| expanduser nochange:", os.path.expanduser("x~/y"))
    try:
        os.path.commonpath(["/abs", "rel"])
    except ValueError as e:
        print("  commonpath mix:", e)
    os.chdir("/")
