import os
import stat
import errno
import tempfile


def build_tree(root, spec):
    """spec: dict name -> str (file content) or dict (subdir)."""
    for name, val in spec.items():
        p = os.path.join(root, name)
        if isinstance(val, dict):
            os.makedirs(p, exist_ok=True)
            build_tree(p, val)
        else:
            with open(p, "w") as f:
                f.write(val)


def rel(root, p):
    return os.path.relpath(p, root).replace(os.sep, "/")


SPEC = {
    "README.md": "# demo\n",
    "setup.cfg": "[metadata]\nname = demo\n",
    "src": {
        "demo": {
            "__init__.py": "",
            "core.py": "def f():\n    return 1\n",
            "util.py": "X = 42\n" * 3,
        },
    },
    "tests": {
        "test_core.py": "import demo\n",
        "data": {"a.json": "{}", "b.json": "[1, 2]"},
    },
    "build": {},
}

with tempfile.TemporaryDirectory() as root:
    build_tree(root, SPEC)

    print("== walk topdown ==")
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        r = rel(root, dirpath)
        print(r, sorted(dirnames), sorted(filenames))

    print("== walk bottomup ==")
    order = []
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        order.append((rel(root, dirpath), len(filenames)))
    for item in sorted(order):
        print(item)

    print("== pruned walk ==")
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("build", "data"))
        print(rel(root, dirpath), len(filenames))

    print("== sizes ==")
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        for fn in sorted(filenames):
            full = os.path.join(dirpath, fn)
            st = os.stat(full)
            total += st.st_size
            print(f"{rel(root, full):30s} {st.st_size:4d} reg={stat.S_ISREG(st.st_mode)} dir={stat.S_ISDIR(st.st_mode)}")
    print("total bytes", total)

    print("== scandir ==")
    with os.scandir(root) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        kind = "dir" if e.is_dir() else ("file" if e.is_file() else "other")
        size = e.stat().st_size if e.is_file() else "-"
        print(e.name, kind, size, e.is_symlink(), os.path.basename(e.path) == e.name)
    print(repr(entries[0]))

    print("== makedirs ==")
    deep = os.path.join(root, "x", "y", "z")
    os.makedirs(deep)
    os.makedirs(deep, exist_ok=True)
    try:
        os.makedirs(deep)
    except FileExistsError as exc:
        print("FileExistsError", exc.errno == errno.EEXIST, errno.errorcode[exc.errno], exc.strerror)
    try:
        os.makedirs(os.path.join(root, "README.md", "sub"), exist_ok=True)
    except OSError as exc:
        print(type(exc).__name__, errno.errorcode[exc.errno])

    print("== errors ==")
    checks = [
        ("rmdir nonempty", lambda: os.rmdir(os.path.join(root, "src"))),
        ("remove dir", lambda: os.remove(os.path.join(root, "build"))),
        ("remove missing", lambda: os.remove(os.path.join(root, "nope.txt"))),
        ("rmdir file", lambda: os.rmdir(os.path.join(root, "README.md"))),
        ("listdir file", lambda: os.listdir(os.path.join(root, "README.md"))),
        ("rename missing", lambda: os.rename(os.path.join(root, "zz"), os.path.join(root, "yy"))),
        ("stat missing", lambda: os.stat(os.path.join(root, "missing"))),
        ("open dir", lambda: open(os.path.join(root, "src"))),
    ]
    for label, fn in checks:
        try:
            fn()
            print(label, "ok")
        except OSError as exc:
            fname = os.path.basename(exc.filename) if exc.filename else None
            print(f"{label}: {type(exc).__name__} {errno.errorcode[exc.errno]} {exc.strerror!r} {fname}")
            print("   args:", exc.args)

    print("== replace / rename ==")
    a = os.path.join(root, "a.txt")
    b = os.path.join(root, "b.txt")
    with open(a, "w") as f:
        f.write("AAA")
    with open(b, "w") as f:
        f.write("B")
    os.replace(a, b)
    print(os.path.exists(a), open(b).read())
    os.rename(b, a)
    print(os.path.exists(b), open(a).read())
    os.remove(a)
    os.removedirs(deep)
    print(os.path.exists(os.path.join(root, "x")))
    print(sorted(os.listdir(root)))
