# A small backup tool: archive a project tree (skipping junk, normalising
# ownership and times so archives are reproducible), verify, append, restore.
import hashlib
import io
import os
import tarfile
import tempfile

STAMP = 1_650_000_000


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


def reproducible(info):
    """Filter for TarFile.add: drop caches and logs, fix owner and mtime."""
    base = os.path.basename(info.name)
    if base == "__pycache__" or base.endswith((".log", ".pyc")):
        return None
    info.uid = info.gid = 1000
    info.uname = info.gname = "builder"
    info.mtime = STAMP
    if info.isdir():
        info.mode = 0o755
    elif info.isfile():
        info.mode = 0o755 if info.mode & 0o100 else 0o644
    return info


def make_tree(root):
    files = {
        "app/README.md": b"# App\n\nA demo.\n",
        "app/setup.cfg": b"[metadata]\nname = app\n",
        "app/src/app/__init__.py": b"VERSION = '1.0'\n",
        "app/src/app/core.py": b"def run():\n    return 42\n" * 30,
        "app/src/app/__pycache__/core.cpython-311.pyc": b"\x00junk",
        "app/build.log": b"lots of noise\n",
        "app/data/table.bin": bytes(range(256)) * 9,
        "app/scripts/run.sh": b"#!/bin/sh\nexec python -m app\n",
    }
    for rel, data in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    os.chmod(os.path.join(root, "app/scripts/run.sh"), 0o755)
    os.makedirs(os.path.join(root, "app/empty"))
    os.symlink("README.md", os.path.join(root, "app/README"))


def show_members(archive):
    for m in archive.getmembers():
        kind = "dir" if m.isdir() else "link" if m.issym() else "file"
        extra = " -> " + m.linkname if m.issym() else ""
        print("   %-5s %04o %5d %s%s" % (kind, m.mode, m.size, m.name, extra))


with tempfile.TemporaryDirectory() as top:
    os.chdir(top)
    make_tree(top)

    results = {}
    for fmt_name, fmt in [("ustar", tarfile.USTAR_FORMAT), ("gnu", tarfile.GNU_FORMAT),
                          ("pax", tarfile.PAX_FORMAT)]:
        target = "backup-%s.tar" % fmt_name
        with tarfile.open(target, "w", format=fmt) as tar:
            tar.add("app", filter=reproducible)
        with open(target, "rb") as f:
            raw = f.read()
        results[fmt_name] = raw
        print(fmt_name, len(raw), digest(raw), len(raw) % tarfile.RECORDSIZE)
    print("ustar == gnu:", results["ustar"] == results["gnu"])

    # Default format, gzip-compressed; compare the tar inside.
    with tarfile.open("backup.tar.gz", "w:gz") as tar:
        tar.add("app", arcname="release-1.0", filter=reproducible)
    with open("backup.tar.gz", "rb") as f:
        head = f.read(10)
    print("gzip magic:", head[:3].hex(), "flags:", head[3], "xfl/os:", head[8], head[9])
    import gzip
    with gzip.open("backup.tar.gz") as g:
        inner = g.read()
    print("inner tar:", len(inner), digest(inner))

    with tarfile.open("backup.tar.gz") as tar:
        print("members of backup.tar.gz:")
        show_members(tar)
        names = tar.getnames()
        print("has pycache:", any("__pycache__" in n for n in names))
        print("owners:", sorted({(m.uname, m.gname, m.uid, m.gid) for m in tar}))
        print("mtimes:", sorted({m.mtime for m in tar}))
        core = tar.extractfile("release-1.0/src/app/core.py")
        print("core.py lines:", len(core.read().splitlines()))
        print("readme via link:", tar.extractfile("release-1.0/README").read())
        print("dir has no data:", tar.extractfile("release-1.0/data"))
        try:
            tar.getmember("release-1.0/missing.txt")
        except KeyError as e:
            print("KeyError:", e)

    # Append a manifest to the uncompressed pax archive.
    with tarfile.open("backup-pax.tar", "a") as tar:
        lines = "\n".join(sorted(tar.getnames())).encode() + b"\n"
        info = tarfile.TarInfo("MANIFEST")
        info.size = len(lines)
        info.mtime = STAMP
        tar.addfile(info, io.BytesIO(lines))
    with open("backup-pax.tar", "rb") as f:
        print("after append:", digest(f.read()))
    with tarfile.open("backup-pax.tar") as tar:
        print("last member:", tar.getnames()[-1])
        print(tar.extractfile("MANIFEST").read().decode().splitlines()[:3])

    # Restore into a fresh directory and check what came back.
    with tarfile.open("backup.tar.gz", "r:gz") as tar:
        tar.extractall("restore")
    for dirpath, dirnames, filenames in os.walk("restore"):
        dirnames.sort()
        rel = os.path.relpath(dirpath, "restore")
        if rel != ".":
            print("[%s] %o" % (rel, os.stat(dirpath).st_mode & 0o777))
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                print("   %s -> %s" % (name, os.readlink(path)))
                continue
            st = os.stat(path)
            with open(path, "rb") as f:
                body = f.read()
            print("   %s %o %d %s" % (name, st.st_mode & 0o777, st.st_mtime, digest(body)))

    with tarfile.open("backup-gnu.tar") as tar:
        tar.extract("app/src/app/core.py", path="single")
        member = tar.getmember("app/scripts/run.sh")
        tar.extract(member, "single")
    print(sorted(os.listdir("single/app/src/app")), sorted(os.listdir("single/app/scripts")))

    print("is_tarfile:", [tarfile.is_tarfile(p) for p in
                          ("backup-gnu.tar", "backup.tar.gz", "app/setup.cfg")])
