"""Backup tool: build zip and tar archives of a project, list and verify them."""
import io
import os
import tarfile
import tempfile
import zipfile
from pathlib import Path

os.umask(0o022)
EXCLUDE = ("__pycache__", ".git", "*.pyc")


def should_skip(rel):
    from fnmatch import fnmatch
    parts = rel.split("/")
    return any(fnmatch(part, pat) for part in parts for pat in EXCLUDE)


def collect(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not should_skip(d))
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            if not should_skip(rel):
                out.append((full, rel))
    return out


def make_zip(root, dest, compression):
    fixed = (2024, 3, 1, 12, 30, 0)
    with zipfile.ZipFile(dest, "w", compression=compression) as zf:
        for full, rel in collect(root):
            info = zipfile.ZipInfo(rel, date_time=fixed)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            with open(full, "rb") as fh:
                zf.writestr(info, fh.read())
        zf.comment = b"backup v1"
    return dest


def make_tar(root, dest, mode):
    def scrub(ti):
        ti.uid = ti.gid = 0
        ti.uname = ti.gname = "root"
        ti.mtime = 1700000000
        return ti
    with tarfile.open(dest, mode) as tf:
        for full, rel in collect(root):
            tf.add(full, arcname="project/" + rel, filter=scrub, recursive=False)
    return dest


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp, "project")
    files = {
        "README.md": "# Demo\n" + "lorem ipsum " * 30 + "\n",
        "src/app.py": "def main():\n    return 42\n" * 5,
        "src/util/helpers.py": "X = 1\n",
        "src/__pycache__/app.cpython-311.pyc": "\x00junk",
        ".git/HEAD": "ref: refs/heads/main\n",
        "data/big.csv": "\n".join(f"{i},{i*i}" for i in range(200)) + "\n",
        "data/empty.txt": "",
        "build.pyc": "junk",
    }
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)

    print("collected:", [rel for _, rel in collect(root)])

    for label, comp in [("stored", zipfile.ZIP_STORED), ("deflated", zipfile.ZIP_DEFLATED)]:
        dest = make_zip(root, Path(tmp, f"backup-{label}.zip"), comp)
        with zipfile.ZipFile(dest) as zf:
            print(f"\n{label} zip, comment={zf.comment!r}, testzip={zf.testzip()}")
            for info in zf.infolist():
                smaller = info.compress_size < info.file_size
                print(f"  {info.filename:<22} {info.file_size:>5} {'smaller' if smaller else 'same/larger':<11} "
                      f"{info.date_time} dir={info.is_dir()} mode={oct(info.external_attr >> 16)}")
            print("  namelist:", zf.namelist()[:3], "...")
            with zf.open("src/app.py") as member:
                first = member.readline()
            print("  first line of app.py:", first)
            print("  csv lines:", zf.read("data/big.csv").decode().count("\n"))
            try:
                zf.getinfo("missing.txt")
            except KeyError as e:
                print("  missing:", e)

    # append to an existing archive
    dest = Path(tmp, "backup-stored.zip")
    with zipfile.ZipFile(dest, "a") as zf:
        zf.writestr("NOTES.txt", "appended later\n")
    with zipfile.ZipFile(dest) as zf:
        print("\nafter append:", len(zf.namelist()), zf.namelist()[-1], zf.read("NOTES.txt"))

    # extract to a fresh dir
    out_dir = Path(tmp, "restore")
    with zipfile.ZipFile(dest) as zf:
        zf.extractall(out_dir)
    restored = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    print("restored:", restored)
    same = all((out_dir / r).read_bytes() == (root / r).read_bytes() for r in restored if r != "NOTES.txt")
    print("restored identical:", same)
    print("is_zipfile:", zipfile.is_zipfile(dest), zipfile.is_zipfile(root / "README.md"))

    for mode in ("w", "w:gz"):
        ext = {"w": "tar", "w:gz": "tar.gz", "w:bz2": "tar.bz2", "w:xz": "tar.xz"}[mode]
        dest = make_tar(root, Path(tmp, f"backup.{ext}"), mode)
        with tarfile.open(dest) as tf:
            members = tf.getmembers()
            print(f"\n{ext}: {len(members)} members, is_tarfile={tarfile.is_tarfile(dest)}")
            for m in members[:4]:
                print(f"  {m.name:<32} {m.size:>5} {m.mode:o} {m.uname}:{m.gname} mtime={m.mtime} file={m.isfile()}")
            readme = tf.extractfile("project/README.md").read()
            print("  README bytes:", len(readme), readme[:7])

    # tar into memory, list names, read back
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        payload = b"in-memory member\n"
        ti = tarfile.TarInfo("mem/hello.txt")
        ti.size = len(payload)
        ti.mtime = 0
        tf.addfile(ti, io.BytesIO(payload))
        d = tarfile.TarInfo("mem/sub")
        d.type = tarfile.DIRTYPE
        d.mode = 0o755
        tf.addfile(d)
    print("\nmemory tar size multiple of 512:", len(buf.getvalue()) % 512 == 0)
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r") as tf:
        for m in tf:
            print(" ", m.name, "dir" if m.isdir() else "file", m.size)
        try:
            tf.getmember("nope")
        except KeyError as e:
            print("  getmember missing:", e)
