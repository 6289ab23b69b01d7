"""dirsync: compare two directory trees with filecmp and mirror changes one way."""
import contextlib
import filecmp
import io
import os
import shutil
import tempfile
from pathlib import Path


def populate(root, spec):
    for rel, body in spec.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if body is None:
            p.mkdir(exist_ok=True)
        else:
            p.write_text(body)
            os.utime(p, (1_600_000_000, 1_600_000_000))


def walk_report(dc, prefix=""):
    lines = []
    for name in sorted(dc.left_only):
        lines.append(f"+ {prefix}{name}")
    for name in sorted(dc.right_only):
        lines.append(f"- {prefix}{name}")
    for name in sorted(dc.diff_files):
        lines.append(f"M {prefix}{name}")
    for name in sorted(dc.funny_files):
        lines.append(f"? {prefix}{name}")
    for name in sorted(dc.common_funny):
        lines.append(f"! {prefix}{name} (type mismatch)")
    for sub in sorted(dc.subdirs):
        lines.extend(walk_report(dc.subdirs[sub], f"{prefix}{sub}/"))
    return lines


def mirror(src, dst, dc=None, dry_run=False, log=None):
    dc = dc or filecmp.dircmp(src, dst, ignore=["__pycache__", ".DS_Store"])
    for name in sorted(dc.left_only):
        s, d = os.path.join(src, name), os.path.join(dst, name)
        log.append(f"copy {os.path.relpath(s, SRC)}")
        if not dry_run:
            (shutil.copytree if os.path.isdir(s) else shutil.copy2)(s, d)
    for name in sorted(dc.right_only):
        d = os.path.join(dst, name)
        log.append(f"delete {os.path.relpath(d, DST)}")
        if not dry_run:
            (shutil.rmtree if os.path.isdir(d) else os.remove)(d)
    for name in sorted(dc.diff_files):
        log.append(f"update {os.path.relpath(os.path.join(src, name), SRC)}")
        if not dry_run:
            shutil.copy2(os.path.join(src, name), os.path.join(dst, name))
    for name, sub in sorted(dc.subdirs.items()):
        mirror(os.path.join(src, name), os.path.join(dst, name), sub, dry_run, log)
    return log


with tempfile.TemporaryDirectory() as tmp:
    SRC, DST = os.path.join(tmp, "src"), os.path.join(tmp, "dst")
    populate(Path(SRC), {
        "README.md": "# readme v2\n",
        "setup.cfg": "[metadata]\nname = demo\n",
        "pkg/__init__.py": "",
        "pkg/core.py": "def f():\n    return 2\n",
        "pkg/new_module.py": "X = 1\n",
        "pkg/__pycache__/core.pyc": "junk",
        "docs/guide.md": "guide\n",
        "assets": None,
        "conflict": "now a file\n",
    })
    populate(Path(DST), {
        "README.md": "# readme v1\n",
        "setup.cfg": "[metadata]\nname = demo\n",
        "pkg/__init__.py": "",
        "pkg/core.py": "def f():\n    return 1\n",
        "pkg/old_module.py": "Y = 2\n",
        "legacy/notes.txt": "old\n",
        "conflict/inside.txt": "was a dir\n",
    })
    # same size, same mtime, different bytes: shallow compare is fooled
    Path(SRC, "pkg/core.py").write_text("def f():\n    return 3\n")
    os.utime(Path(SRC, "pkg/core.py"), (1_600_000_000, 1_600_000_000))
    Path(DST, "pkg/core.py").write_text("def f():\n    return 1\n")
    os.utime(Path(DST, "pkg/core.py"), (1_600_000_000, 1_600_000_000))

    dc = filecmp.dircmp(SRC, DST, ignore=["__pycache__"])
    print("left_only:", sorted(dc.left_only), "right_only:", sorted(dc.right_only))
    print("common_dirs:", sorted(dc.common_dirs), "common_files:", sorted(dc.common_files))
    print("same:", sorted(dc.same_files), "diff:", sorted(dc.diff_files), "funny:", sorted(dc.common_funny))
    print("pkg diff (shallow stat compare):", sorted(dc.subdirs["pkg"].diff_files), sorted(dc.subdirs["pkg"].same_files))
    print("report:")
    for line in walk_report(dc):
        print("  ", line)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        dc.report()
    print("dircmp.report lines:", len(buf.getvalue().splitlines()))
    print("  " + "\n  ".join(l.replace(tmp, "<tmp>") for l in buf.getvalue().splitlines()))

    core_s, core_d = os.path.join(SRC, "pkg/core.py"), os.path.join(DST, "pkg/core.py")
    filecmp.clear_cache()
    print("cmp shallow:", filecmp.cmp(core_s, core_d), "deep:", filecmp.cmp(core_s, core_d, shallow=False))
    match, mismatch, errors = filecmp.cmpfiles(SRC, DST, ["README.md", "setup.cfg", "missing.txt"], shallow=False)
    print("cmpfiles:", match, mismatch, errors)

    print("dry run:", mirror(SRC, DST, dry_run=True, log=[]))
    shutil.rmtree(os.path.join(DST, "conflict"))
    log = mirror(SRC, DST, log=[])
    print("applied:", log)
    after = filecmp.dircmp(SRC, DST, ignore=["__pycache__"])
    print("after left_only/right_only/diff:", after.left_only, after.right_only, walk_report(after))
    for name, sub in sorted(after.subdirs.items()):
        print(f"  {name}: same={sorted(sub.same_files)} diff={sorted(sub.diff_files)}")
    print("pkg core content now:", Path(DST, "pkg/core.py").read_text().split()[-1])
    print("copytree dirs_exist_ok:")
    shutil.copytree(SRC, DST, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.md"))
    print("  ", sorted(str(p.relative_to(DST)) for p in Path(DST).rglob("*")))
    try:
        shutil.copytree(SRC, DST)
    except FileExistsError as e:
        print("copytree onto existing:", type(e).__name__, e.errno)
