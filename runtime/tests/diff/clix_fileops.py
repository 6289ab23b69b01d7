"""fsutil: touch/stat/cat/tee/truncate-style helpers exercised on scratch files."""
import io
import os
import shutil
import stat
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath


def describe(path):
    st = os.lstat(path)
    kind = "link" if stat.S_ISLNK(st.st_mode) else "dir" if stat.S_ISDIR(st.st_mode) else "file"
    return f"{path}: {kind} {stat.filemode(st.st_mode)} size={st.st_size} nlink={st.st_nlink}"


def cat(path, **kw):
    with open(path, **kw) as fh:
        return fh.read()


def tee(text, *paths):
    handles = [open(p, "a", encoding="utf-8") for p in paths]
    try:
        for h in handles:
            h.write(text)
    finally:
        for h in handles:
            h.close()
    return len(text)


os.umask(0o022)
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("notes.txt", "x", encoding="utf-8") as f:
        print("wrote", f.write("héllo\r\nworld\rmac\n"), "chars, tell", f.tell())
    try:
        open("notes.txt", "x")
    except FileExistsError as e:
        print("exclusive create:", e.errno, e.strerror, e.filename)
    print("newline='':", repr(cat("notes.txt", newline="")))
    with open("notes.txt") as f:
        print("universal:", repr(f.read()), "seen:", f.newlines)
    print("newline=CR:", open("notes.txt", newline="\r").readlines())
    print("bytes:", cat("notes.txt", mode="rb"))
    with open("notes.txt", "a+") as f:
        print("a+ starts at", f.tell())
        f.seek(0)
        print("first 3:", repr(f.readline(3)))
        f.write("tail\n")
    with open("notes.txt", "r+") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        f.seek(0)
        print("r+ end", end, repr(f.read(2)), f.tell())

    with open("mixed.bin", "wb") as f:
        f.write(b"ok \xff\xfe bytes \xe9\n")
    for errs in ("replace", "ignore", "backslashreplace"):
        print(f"decode errors={errs}:", ascii(cat("mixed.bin", encoding="utf-8", errors=errs)))
    try:
        cat("mixed.bin", encoding="utf-8")
    except UnicodeDecodeError as e:
        print("strict:", e.reason, e.start, e.end, e.object[e.start:e.end])
    print("latin-1:", cat("mixed.bin", encoding="latin-1").rstrip())

    os.utime("notes.txt", (1_000_000_000, 1_200_000_000))
    st = os.stat("notes.txt")
    print("times:", st.st_mtime, st.st_atime, int(os.path.getmtime("notes.txt")))
    os.chmod("notes.txt", 0o640)
    print(describe("notes.txt"), oct(stat.S_IMODE(os.stat("notes.txt").st_mode)))
    shutil.copy("notes.txt", "copy.txt")
    shutil.copy2("notes.txt", "copy2.txt")
    print("copy keeps mode:", oct(stat.S_IMODE(os.stat("copy.txt").st_mode)),
          "copy mtime same:", os.stat("copy.txt").st_mtime == st.st_mtime,
          "copy2 mtime:", os.stat("copy2.txt").st_mtime)
    os.link("notes.txt", "hard.txt")
    os.symlink("notes.txt", "soft.txt")
    for p in ("notes.txt", "hard.txt", "soft.txt"):
        print(describe(p))
    print("samefile:", os.path.samefile("notes.txt", "hard.txt"), os.path.samefile("soft.txt", "notes.txt"))
    os.truncate("hard.txt", 3)
    print("after truncate via hard link:", repr(cat("notes.txt", encoding="utf-8")))
    print("access:", os.access("notes.txt", os.R_OK), os.access("nope", os.F_OK))

    fd = os.open("raw.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    print("os.write:", os.write(fd, b"abcdef"), "lseek:", os.lseek(fd, 2, os.SEEK_SET))
    os.write(fd, b"ZZ")
    os.close(fd)
    fd = os.open("raw.bin", os.O_RDONLY)
    print("os.read:", os.read(fd, 100), os.fstat(fd).st_size, oct(stat.S_IMODE(os.fstat(fd).st_mode)))
    os.close(fd)
    print("tee:", tee("line A\n", "t1.log", "t2.log"), tee("line B\n", "t2.log"), cat("t2.log").splitlines())

    with tempfile.NamedTemporaryFile("w+", suffix=".cfg", dir=".", delete=False) as nt:
        nt.write("k=v\n")
        nt.seek(0)
        print("named temp:", nt.read().strip(), os.path.basename(nt.name).endswith(".cfg"))
    print("kept after close:", os.path.exists(nt.name))
    os.remove(nt.name)
    spool = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
    spool.write("short")
    print("spooled rolled:", spool._rolled, end=" ")
    spool.write("x" * 20)
    print(spool._rolled)
    spool.seek(0)
    print("spooled read:", spool.read())
    spool.close()

    w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
    w.write("a\nb\n")
    w.flush()
    print("CRLF writer:", w.buffer.getvalue())

    r = Path(".")
    (r / "a/b/c").mkdir(parents=True)
    try:
        (r / "a").mkdir()
    except FileExistsError as e:
        print("mkdir exists:", e.errno, e.filename)
    f = r / "a/b/c/file.txt"
    f.touch()
    try:
        f.touch(exist_ok=False)
    except FileExistsError:
        print("touch exist_ok=False raised")
    print("write_text CRLF:", f.write_text("one\ntwo\n", newline="\r\n"), f.read_bytes())
    Path("link").symlink_to("a/b/c/file.txt")
    print("symlink:", Path("link").is_symlink(), Path("link").readlink(), Path("link").resolve().name)
    print("glob **:", sorted(str(p) for p in r.glob("a/**")))
    Path("nope").unlink(missing_ok=True)
    try:
        Path("nope").resolve(strict=True)
    except FileNotFoundError as e:
        print("resolve strict:", e.strerror)
    for bad in (lambda: PurePosixPath("a").with_suffix("txt"), lambda: PurePosixPath("a/b").relative_to("c")):
        try:
            bad()
        except ValueError as e:
            print("ValueError:", e)
    win = PureWindowsPath(r"C:\Users\Bob\Docs\report.final.DOCX")
    print("windows:", win.drive, win.root, win.parts, win.suffix, win.stem, win.as_posix())
    print("win eq:", PureWindowsPath("C:/a") == PureWindowsPath("c:\\A"), PurePosixPath("a") == PurePosixPath("A"))
    print("final listing:", sorted(os.listdir(".")))
    os.chdir("/")
