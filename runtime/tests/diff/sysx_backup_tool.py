"""A small backup utility: copy a project, archive it, restore it, compare."""
import os
import shutil
import stat
import tempfile
from pathlib import Path


def listing(root):
    root = Path(root)
    out = []
    for p in sorted(root.rglob("*")):
        r = p.relative_to(root).as_posix()
        if p.is_dir():
            out.append(r + "/")
        else:
            out.append(f"{r} ({p.stat().st_size})")
    return out


def make_project(base):
    proj = base / "project"
    (proj / "pkg" / "sub").mkdir(parents=True)
    (proj / "pkg" / "__init__.py").write_text("VERSION = '1.0'\n")
    (proj / "pkg" / "sub" / "mod.py").write_text("def go():\n    pass\n")
    (proj / "notes.txt").write_text("line1\nline2\n")
    (proj / "cache").mkdir()
    (proj / "cache" / "x.pyc").write_bytes(b"\x00\x01\x02")
    (proj / "pkg" / "junk.tmp").touch()
    script = proj / "run.sh"
    script.write_text("#!/bin/sh\necho hi\n")
    script.chmod(0o755)
    return proj


with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    proj = make_project(base)
    print("== original ==")
    for line in listing(proj):
        print(" ", line)

    print("== copytree with ignore ==")
    seen = []

    def ignore(dirname, names):
        skipped = {n for n in names if n.endswith((".tmp", ".pyc")) or n == "cache"}
        seen.append((Path(dirname).relative_to(proj).as_posix(), sorted(skipped)))
        return skipped

    dest = shutil.copytree(proj, base / "copy", ignore=ignore)
    print("returned name:", Path(dest).name)
    for item in sorted(seen):
        print("  ignored", item)
    for line in listing(base / "copy"):
        print(" ", line)
    mode = stat.S_IMODE((base / "copy" / "run.sh").stat().st_mode)
    print("run.sh mode", oct(mode), os.access(base / "copy" / "run.sh", os.X_OK))

    print("== ignore_patterns ==")
    shutil.copytree(proj, base / "copy2", ignore=shutil.ignore_patterns("*.tmp", "cache"))
    print(listing(base / "copy2"))

    print("== copytree onto existing ==")
    try:
        shutil.copytree(proj, base / "copy")
    except FileExistsError as exc:
        print("FileExistsError", exc.errno, Path(exc.filename).name)
    shutil.copytree(proj, base / "copy", dirs_exist_ok=True)
    print(len(listing(base / "copy")))

    print("== copy / copy2 / copyfile ==")
    target_dir = base / "single"
    target_dir.mkdir()
    r1 = shutil.copy(proj / "notes.txt", target_dir)
    r2 = shutil.copy2(proj / "run.sh", target_dir / "runner.sh")
    r3 = shutil.copyfile(proj / "notes.txt", target_dir / "notes.bak")
    for r in (r1, r2, r3):
        print(type(r).__name__, Path(r).relative_to(base).as_posix())
    st_a = (proj / "run.sh").stat()
    st_b = (target_dir / "runner.sh").stat()
    print("copy2 preserves mtime", int(st_a.st_mtime) == int(st_b.st_mtime))
    print("copy2 mode", oct(stat.S_IMODE(st_b.st_mode)))
    try:
        shutil.copyfile(proj / "notes.txt", proj / "notes.txt")
    except shutil.SameFileError as exc:
        print("SameFileError", isinstance(exc, OSError))
    try:
        shutil.copyfile(proj / "missing.txt", target_dir / "m")
    except FileNotFoundError as exc:
        print("FileNotFoundError", exc.strerror)

    print("== move ==")
    moved = shutil.move(str(target_dir / "notes.bak"), str(base / "copy"))
    print(Path(moved).relative_to(base).as_posix())
    moved = shutil.move(str(base / "copy2"), str(base / "renamed"))
    print(Path(moved).relative_to(base).as_posix(), (base / "copy2").exists())
    try:
        shutil.move(str(base / "copy" / "notes.bak"), str(base / "copy"))
    except shutil.Error as exc:
        print("shutil.Error", "already exists" in str(exc))

    print("== archives ==")
    formats = sorted(name for name, desc in shutil.get_archive_formats())
    print("formats include zip/tar/gztar:", all(f in formats for f in ("zip", "tar", "gztar")))
    for fmt in ("zip", "tar", "gztar"):
        arch = shutil.make_archive(str(base / f"bk_{fmt}"), fmt, root_dir=base / "copy")
        print(fmt, Path(arch).name)
        out = base / f"restore_{fmt}"
        shutil.unpack_archive(arch, out)
        print("  restored == copy:", listing(out) == listing(base / "copy"))
    try:
        shutil.make_archive(str(base / "bad"), "rar", root_dir=base)
    except ValueError as exc:
        print("ValueError", exc)
    try:
        shutil.unpack_archive(str(base / "copy" / "notes.txt"))
    except shutil.ReadError as exc:
        print("ReadError", "Unknown archive format" in str(exc))

    print("== rmtree ==")
    errors = []
    shutil.rmtree(base / "does-not-exist", ignore_errors=True)
    shutil.rmtree(base / "does-not-exist", onerror=lambda f, p, e: errors.append((f.__name__, Path(p).name, e[0].__name__)))
    print(errors)
    try:
        shutil.rmtree(proj / "notes.txt")
    except NotADirectoryError as exc:
        print("NotADirectoryError", exc.errno)
    shutil.rmtree(base / "restore_zip")
    print(sorted(p.name for p in base.iterdir()))

    usage = shutil.disk_usage(base)
    print("disk_usage fields", usage._fields, usage.total >= usage.used >= 0, usage.free >= 0)
    print("which sh is None?", shutil.which("sh") is None, shutil.which("definitely-not-a-cmd-xyz"))
