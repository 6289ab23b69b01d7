"""Sort a messy downloads folder into category folders using pathlib."""
import os
import tempfile
from pathlib import Path, PurePosixPath

CATEGORIES = {
    "images": {".png", ".jpg", ".jpeg", ".gif"},
    "docs": {".txt", ".md", ".pdf", ".rst"},
    "code": {".py", ".rs", ".js", ".sh"},
    "archives": {".zip", ".tar", ".gz"},
}


def category_for(path):
    suffix = path.suffix.lower()
    if path.name.endswith(".tar.gz"):
        return "archives"
    for cat, exts in sorted(CATEGORIES.items()):
        if suffix in exts:
            return cat
    return "misc"


def unique_target(target):
    if not target.exists():
        return target
    n = 1
    while True:
        cand = target.with_name(f"{target.stem} ({n}){target.suffix}")
        if not cand.exists():
            return cand
        n += 1


def organise(root, dry_run=False):
    moves = []
    for entry in sorted(root.iterdir()):
        if entry.is_dir() or entry.name.startswith("."):
            continue
        dest_dir = root / category_for(entry)
        target = unique_target(dest_dir / entry.name)
        moves.append((entry, target))
        if not dry_run:
            dest_dir.mkdir(parents=True, exist_ok=True)
            entry.rename(target)
    return moves


def tree(root, prefix=""):
    lines = []
    entries = sorted(root.iterdir(), key=lambda p: (p.is_file(), p.name.lower()))
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        branch = "└── " if last else "├── "
        if entry.is_dir():
            lines.append(f"{prefix}{branch}{entry.name}/")
            lines.extend(tree(entry, prefix + ("    " if last else "│   ")))
        else:
            lines.append(f"{prefix}{branch}{entry.name} ({entry.stat().st_size} B)")
    return lines


def size_report(root):
    totals = {}
    for f in root.rglob("*"):
        if f.is_file():
            top = f.relative_to(root).parts[0]
            totals.setdefault(top, [0, 0])
            totals[top][0] += 1
            totals[top][1] += f.stat().st_size
    return totals


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / "Downloads"
    root.mkdir()
    files = {
        "holiday.JPG": "x" * 120,
        "notes.txt": "remember the milk\n",
        "README.md": "# Project\n\nSome words.\n",
        "script.py": "print('hi')\n",
        "backup.tar.gz": "\x1f\x8b" + "z" * 40,
        "data.zip": "PK" + "y" * 30,
        "weird": "no extension",
        ".hidden": "secret",
        "photo.png": "p" * 64,
        "build.sh": "#!/bin/sh\necho build\n",
        "Notes.TXT": "upper case suffix\n",
    }
    for name, body in files.items():
        (root / name).write_text(body, encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "notes.txt").write_text("older notes\n")

    print("Before:")
    print("\n".join(tree(root)))

    plan = organise(root, dry_run=True)
    print("\nDry run:")
    for src, dst in plan:
        print(f"  {src.name:<16} -> {dst.relative_to(root).as_posix()}")

    moved = organise(root)
    print(f"\nMoved {len(moved)} files")
    print("After:")
    print("\n".join(tree(root)))

    print("\nSizes per folder:")
    for top, (count, size) in sorted(size_report(root).items()):
        print(f"  {top:<10} {count:>2} files {size:>5} bytes")

    print("\nGlob checks:")
    print("  *.txt in docs:", sorted(p.name for p in (root / "docs").glob("*.txt")))
    print("  rglob *.py:", [p.relative_to(root).as_posix() for p in sorted(root.rglob("*.py"))])
    print("  rglob n*:", sorted(p.name for p in root.rglob("n*")))
    print("  hidden still there:", (root / ".hidden").exists())
    print("  match *.gz:", [p.name for p in sorted(root.rglob("*")) if p.match("*.gz")])

    print("\nPath anatomy:")
    for rel in ["archives/backup.tar.gz", "docs/notes (1).txt", "misc/weird", "images/holiday.JPG"]:
        p = root / rel
        print(f"  {rel}: name={p.name!r} stem={p.stem!r} suffix={p.suffix!r} "
              f"suffixes={p.suffixes} parent={p.parent.name!r} exists={p.exists()}")
    pp = PurePosixPath("a/b/../c/./file.tar.bz2")
    print("  pure:", pp, pp.parts, pp.with_suffix(".zip"), pp.with_stem("other"))
    print("  joins:", PurePosixPath("/etc") / "x" / "y.conf", PurePosixPath("rel").joinpath("a", "b"))
    print("  relative:", PurePosixPath("/a/b/c/d").relative_to("/a/b"))
    print("  is_relative_to:", PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/c"))

    # Renames: normalise names to lowercase with underscores.
    renamed = []
    for f in sorted(root.rglob("*")):
        if f.is_file():
            new_name = f.name.lower().replace(" ", "_").replace("(", "").replace(")", "")
            if new_name != f.name:
                f.rename(f.with_name(new_name))
                renamed.append((f.name, new_name))
    print("\nRenamed:", renamed)
    print("Final listing:")
    for d, subdirs, fnames in os.walk(root):
        subdirs.sort()
        rel = Path(d).relative_to(root).as_posix()
        print(f"  {rel}: {sorted(fnames)}")
    try:
        (root / "docs").rmdir()
    except OSError as e:
        print("rmdir failed:", type(e).__name__, e.strerror)
    try:
        (root / "nope" / "x.txt").read_text()
    except FileNotFoundError as e:
        print("read missing:", type(e).__name__, e.errno, e.strerror)
