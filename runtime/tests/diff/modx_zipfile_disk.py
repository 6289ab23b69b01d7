# Archive a project directory from disk, extract it elsewhere, append to the
# archive, and check what landed on disk. Paths printed are relative.
import hashlib
import io
import os
import shutil
import tempfile
import time
import zipfile

MTIME = time.mktime((2022, 11, 3, 16, 20, 44, 0, 0, -1))

TREE = {
    "proj/setup.cfg": b"[metadata]\nname = proj\nversion = 0.3\n",
    "proj/src/proj/__init__.py": b"__version__ = '0.3'\n",
    "proj/src/proj/core.py": b"def double(x):\n    return 2 * x\n" * 40,
    "proj/src/proj/data/table.csv": b"".join(b"%d,%d\n" % (i, i * i) for i in range(120)),
    "proj/docs/index.rst": b"Proj\n====\n\nDocs.\n",
    "proj/empty.txt": b"",
}


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:20]


def listing(top):
    found = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            found.append((os.path.relpath(path, top), os.path.getsize(path)))
    return found


work = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(work)
try:
    for rel, data in TREE.items():
        os.makedirs(os.path.dirname(rel), exist_ok=True)
        with open(rel, "wb") as f:
            f.write(data)
        os.chmod(rel, 0o644)
    os.chmod("proj/src/proj/core.py", 0o755)
    for root, dirs, files in os.walk("proj", topdown=False):
        for name in files + dirs:
            os.utime(os.path.join(root, name), (MTIME, MTIME))
        os.chmod(root, 0o755)
        os.utime(root, (MTIME, MTIME))

    with zipfile.ZipFile("proj.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        print(zf)
        for root, dirs, files in os.walk("proj"):
            dirs.sort()
            zf.write(root)
            for name in sorted(files):
                path = os.path.join(root, name)
                level = 1 if name.endswith(".csv") else None
                zf.write(path, compresslevel=level)
        zf.write("proj/setup.cfg", arcname="/setup-copy.cfg",
                 compress_type=zipfile.ZIP_STORED)
    print(zf)
    print("archive:", os.path.getsize("proj.zip"), digest("proj.zip"))
    print("is_zipfile:", zipfile.is_zipfile("proj.zip"),
          zipfile.is_zipfile("proj/setup.cfg"), zipfile.is_zipfile("no-such-file"))

    with zipfile.ZipFile("proj.zip") as zf:
        out = io.StringIO()
        zf.printdir(file=out)
        print(out.getvalue().rstrip())
        for info in zf.infolist():
            print("%-30s %s %o %5d/%-5d %08x" % (info.filename, info.is_dir(),
                  info.external_attr >> 16, info.compress_size, info.file_size,
                  info.CRC))
        target = zf.extract("proj/src/proj/core.py", "one")
        print("extract ->", os.path.relpath(target, work), digest(target))
        target = zf.extract(zf.getinfo("proj/docs/"), path="one")
        print("extract dir ->", os.path.relpath(target, work), os.path.isdir(target))
        zf.extractall("all")
        zf.extractall("some", members=["proj/setup.cfg", "setup-copy.cfg"])
    print("all:", listing("all"))
    print("some:", listing("some"))
    same = all(digest(os.path.join("all", rel)) == digest(rel) for rel in TREE)
    print("extracted files identical:", same)

    # Append a generated file and a directory entry, then read everything back.
    with zipfile.ZipFile("proj.zip", "a", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("proj/BUILD-INFO", (2022, 11, 4, 8, 0, 0))
        info.external_attr = 0o644 << 16
        zf.writestr(info, "built by test\n", compress_type=zipfile.ZIP_DEFLATED)
        zf.mkdir("proj/logs")
    print("after append:", os.path.getsize("proj.zip"), digest("proj.zip"))
    with zipfile.ZipFile("proj.zip") as zf:
        print(zf.namelist()[-3:])
        print(repr(zf.getinfo("proj/logs/")))
        print(zf.read("proj/BUILD-INFO"), zf.testzip())

    # Appending to something that is not an archive keeps its bytes in front.
    shutil.copy("proj/setup.cfg", "bundle.bin")
    with zipfile.ZipFile("bundle.bin", "a") as zf:
        zf.writestr(zipfile.ZipInfo("inner.txt", (2022, 1, 1, 0, 0, 0)), "inner")
    with open("bundle.bin", "rb") as f:
        head = f.read(len(TREE["proj/setup.cfg"]))
    print("prefix kept:", head == TREE["proj/setup.cfg"], digest("bundle.bin"))
    with zipfile.ZipFile("bundle.bin") as zf:
        info = zf.getinfo("inner.txt")
        print(info.header_offset, zf.read(info))

    # Mode 'x' refuses an existing file; a fresh empty archive is 22 bytes.
    try:
        zipfile.ZipFile("proj.zip", "x")
    except FileExistsError as exc:
        print("FileExistsError:", exc.errno)
    with zipfile.ZipFile("empty.zip", "x"):
        pass
    with open("empty.zip", "rb") as f:
        print("empty:", f.read())
    with zipfile.ZipFile("empty.zip") as zf:
        print(zf.namelist(), zf.comment, zf.testzip())
finally:
    os.chdir(old_cwd)
    shutil.rmtree(work)
