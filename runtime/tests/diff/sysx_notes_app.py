"""A tiny notes manager on pathlib: create, list, search, rename, archive."""
import os
import tempfile
from pathlib import Path, PurePath


class NoteStore:
    def __init__(self, root):
        self.root = Path(root)
        self.notes = self.root / "notes"
        self.archive = self.root / "archive"

    def init(self):
        self.notes.mkdir(parents=True, exist_ok=True)
        self.archive.mkdir(exist_ok=True)
        (self.root / ".store").write_text("v1\n", encoding="utf-8")

    def add(self, title, body, tags=()):
        slug = "-".join(title.lower().split())
        path = (self.notes / slug).with_suffix(".md")
        if path.exists():
            raise FileExistsError(f"note exists: {path.name}")
        header = f"# {title}\n" + (f"tags: {', '.join(tags)}\n" if tags else "")
        n = path.write_text(header + "\n" + body + "\n", encoding="utf-8")
        return path, n

    def list(self):
        return sorted(p.stem for p in self.notes.iterdir() if p.suffix == ".md")

    def search(self, word):
        hits = []
        for p in sorted(self.notes.glob("*.md")):
            for lineno, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
                if word.lower() in line.lower():
                    hits.append((p.name, lineno, line.strip()))
        return hits

    def archive_note(self, stem):
        src = self.notes / f"{stem}.md"
        return src.rename(self.archive / src.name)

    def sizes(self):
        return {p.relative_to(self.root).as_posix(): p.stat().st_size
                for p in sorted(self.root.rglob("*")) if p.is_file()}


with tempfile.TemporaryDirectory() as tmp:
    store = NoteStore(tmp)
    store.init()
    print("== add ==")
    for title, body, tags in [
        ("Shopping List", "milk\neggs\nbread", ("home",)),
        ("Project Ideas", "a CLI for notes\nGame of Life", ("dev", "fun")),
        ("Meeting  Notes", "discussed the CLI roadmap", ()),
        ("Ünïcode Títle", "café ☕", ("i18n",)),
    ]:
        path, n = store.add(title, body, tags)
        print(path.name, n, path.stat().st_size, path.suffix, path.stem)
    try:
        store.add("shopping list", "dup")
    except FileExistsError as exc:
        print("error:", exc)
    print(store.list())

    print("== search ==")
    for hit in store.search("cli"):
        print(hit)
    print(store.search("nothing-here"))

    print("== archive ==")
    moved = store.archive_note("project-ideas")
    print(type(moved).__name__, moved.relative_to(store.root), moved.exists())
    print(store.list(), sorted(p.name for p in store.archive.iterdir()))
    print(store.sizes())

    print("== file ops ==")
    p = store.notes / "scratch.txt"
    p.touch()
    p.touch(exist_ok=True)
    try:
        p.touch(exist_ok=False)
    except FileExistsError as exc:
        print("touch exists:", exc.errno)
    p.write_bytes(b"\x00\x01binary")
    print(p.read_bytes(), p.stat().st_size)
    with p.open("a", encoding="utf-8") as f:
        f.write("more")
    print(p.read_bytes())
    with p.open("rb") as f:
        print(f.read(3))
    p.unlink()
    p.unlink(missing_ok=True)
    try:
        p.unlink()
    except FileNotFoundError as exc:
        print("unlink missing:", exc.strerror, Path(exc.filename).name)
    try:
        store.notes.rmdir()
    except OSError as exc:
        print("rmdir notes:", type(exc).__name__, exc.strerror)
    try:
        (store.root / "x" / "y").mkdir()
    except FileNotFoundError as exc:
        print("mkdir no parent:", exc.strerror)
    try:
        store.notes.mkdir()
    except FileExistsError as exc:
        print("mkdir exists:", exc.strerror)
    try:
        (store.root / "missing.md").read_text()
    except FileNotFoundError as exc:
        print("read missing:", type(exc).__name__)
    target = store.notes / "shopping-list.md"
    replaced = (store.root / ".store").replace(store.root / "store.cfg")
    print(replaced.name, (store.root / ".store").exists())
    link = store.root / "latest"
    link.symlink_to(Path("notes") / "shopping-list.md")
    print(link.is_symlink(), link.readlink() if hasattr(link, "readlink") else None, link.read_text().splitlines()[0])
    print(link.resolve().relative_to(Path(tmp).resolve()))
    print(link.samefile(target), link.lstat().st_size != target.stat().st_size)
    link.unlink()

    print("== cwd-relative ==")
    old = os.getcwd()
    os.chdir(tmp)
    try:
        rel = Path("notes")
        print(rel.is_absolute(), rel.exists(), sorted(x.name for x in rel.iterdir())[:2])
        print(rel.absolute().relative_to(Path.cwd()), Path.cwd().samefile(tmp))
        print(Path(".").resolve() == Path(tmp).resolve())
        print(Path("notes/../archive").resolve().name)
        print(sorted(str(x) for x in Path(".").glob("*")))
    finally:
        os.chdir(old)

    print("== pure paths ==")
    pp = PurePath("notes/2024/jan/entry.draft.md")
    print(pp.name, pp.stem, pp.suffix, pp.suffixes)
    print(pp.with_name("other.txt"), pp.with_suffix(""), pp.with_suffix(".txt"))
    print(list(map(str, pp.parents))[:3], pp.parents[1], len(pp.parents))
    print(pp.relative_to("notes"), pp.relative_to("notes/2024/jan"))
    print(pp.parts[-2:], pp.anchor == "", pp.root, pp.drive)
    print(PurePath("a//b/./c/"), PurePath("a/b") == PurePath("a//b"), PurePath("A") == PurePath("a"))
    print(sorted([PurePath("b/a"), PurePath("a/c"), PurePath("a/b")]))
    print(PurePath("x").joinpath("y", "z"), PurePath("/etc").joinpath("passwd").parts)
    print(repr(PurePath("r/s")), str(PurePath()), PurePath("..").name, PurePath("a/..").parent)
    try:
        PurePath("").with_name("x")
    except ValueError as exc:
        print("ValueError", exc)
    try:
        pp.with_name("")
    except ValueError as exc:
        print("ValueError", exc)
    print(pp.as_uri() if pp.is_absolute() else "relative: no uri", PurePath("/tmp/a b").as_uri())
print("gone:", Path(tmp).exists())
