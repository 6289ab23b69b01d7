# Compare a source tree with a backup copy the way a sync tool would:
# shallow and deep file comparisons, cmpfiles, and dircmp reports.
import filecmp
import os
import shutil
import tempfile


def write(path, data, mtime=1_600_000_000):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    os.utime(path, (mtime, mtime))


work = tempfile.mkdtemp()
here = os.getcwd()
os.chdir(work)
try:
    files = {
        "app/main.py": b"print('main')\n",
        "app/util.py": b"def helper():\n    return 42\n",
        "app/data/config.json": b'{"debug": false}\n',
        "app/data/users.csv": b"id,name\n1,ann\n2,bob\n",
        "app/docs/readme.md": b"# App\n",
        "app/.git/HEAD": b"ref: refs/heads/main\n",
        "app/__pycache__/main.cpython-311.pyc": b"\x00\x01",
    }
    for rel, data in files.items():
        write(rel, data)
        write("backup" + rel[3:], data)

    # Drift between the two trees.
    write("backup/util.py", b"def helper():\n    return 43\n")            # same size, new bytes
    write("backup/data/users.csv", b"id,name\n1,ann\n2,bob\n3,cy\n")    # grown
    write("backup/data/config.json", b'{"debug": false}\n', mtime=1_700_000_000)
    write("app/NEWS", b"new file\n")
    write("backup/old.log", b"log\n")
    os.makedirs("app/cache")
    write("backup/cache", b"a file where app has a directory\n")
    os.makedirs("backup/docs/extra")
    write("app/docs/guide.md", b"guide\n")
    write("backup/docs/guide.md", b"guide\n", mtime=1_500_000_000)

    print("cmp same:", filecmp.cmp("app/main.py", "backup/main.py"))
    print("cmp drifted util:", filecmp.cmp("app/util.py", "backup/util.py"),
          filecmp.cmp("app/util.py", "backup/util.py", shallow=False))
    print("cmp newer config:", filecmp.cmp("app/data/config.json", "backup/data/config.json"),
          filecmp.cmp("app/data/config.json", "backup/data/config.json", shallow=False))
    print("cmp dir:", filecmp.cmp("app/data", "backup/data"))
    try:
        filecmp.cmp("app/missing", "backup/missing")
    except FileNotFoundError as exc:
        print("FileNotFoundError:", exc.errno)

    # The cache remembers deep results until the stat signature changes.
    filecmp.clear_cache()
    print(filecmp.cmp("app/docs/guide.md", "backup/docs/guide.md"))
    write("backup/docs/guide.md", b"GUIDE\n", mtime=1_500_000_001)
    print(filecmp.cmp("app/docs/guide.md", "backup/docs/guide.md"))

    same, diff, funny = filecmp.cmpfiles(
        "app", "backup", ["main.py", "util.py", "nothere.py", "data", "NEWS"])
    print("cmpfiles:", same, diff, funny)
    print("cmpfiles deep:", filecmp.cmpfiles("app/data", "backup/data",
                                             ["config.json", "users.csv"], shallow=False))

    dc = filecmp.dircmp("app", "backup")
    print("left_list:", dc.left_list)
    print("right_list:", dc.right_list)
    print("common:", dc.common)
    print("left_only:", dc.left_only, "right_only:", dc.right_only)
    print("dirs:", dc.common_dirs, "files:", dc.common_files, "funny:", dc.common_funny)
    print("same:", dc.same_files, "diff:", dc.diff_files, "trouble:", dc.funny_files)
    print("subdirs:", sorted(dc.subdirs))
    print(type(dc.subdirs["data"]).__name__, dc.subdirs["data"].left)
    try:
        dc.no_such_attribute
    except AttributeError as exc:
        print("AttributeError:", exc)
    print("--- report")
    dc.report()
    print("--- partial closure")
    filecmp.dircmp("app", "backup").report_partial_closure()
    print("--- full closure, nothing ignored")
    filecmp.dircmp("app", "backup", ignore=[]).report_full_closure()
    print("--- hide main.py")
    filecmp.dircmp("app", "backup", hide=["main.py"]).report()

    class NamedCmp(filecmp.dircmp):
        def summary(self):
            return "%s: %d same, %d differ" % (self.left, len(self.same_files),
                                               len(self.diff_files))

    top = NamedCmp("app", "backup")
    top.phase4_closure()
    print([sub.summary() for _, sub in sorted(top.subdirs.items())])
    print(filecmp.DEFAULT_IGNORES)
    print(filecmp.dircmp[str])
finally:
    os.chdir(here)
    shutil.rmtree(work)
