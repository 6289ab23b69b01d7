import os, pathlib, tempfile
p1, p2 = pathlib.PurePosixPath("a/b"), pathlib.PurePosixPath("a//b/")
print(hash(p1) == hash(p2), hash(p1) == hash(p1), len({p1, p2, pathlib.PurePosixPath("a")}))
d = tempfile.mkdtemp()
root = pathlib.Path(d)
(root / "f").write_text("x")
(root / "sub").mkdir()
(root / "ln").symlink_to(root / "f")
(root / "dangling").symlink_to(root / "nope")
(root / "loop").symlink_to(root / "loop")
names = ["f", "sub", "ln", "dangling", "loop", "nope", "f/child", "bad\0name"]
for n in names:
    p = root / n
    row = []
    for q in ("exists", "is_file", "is_dir", "is_symlink", "is_fifo", "is_socket",
              "is_block_device", "is_char_device"):
        try:
            row.append(getattr(p, q)())
        except Exception as e:
            row.append(type(e).__name__)
    print(n, row)
try:
    (root / "f").chmod(0o644)
    print(pathlib.Path("/dev/null").is_char_device(), pathlib.Path("/").is_mount())
except Exception as e:
    print(type(e).__name__, e)
for n in os.listdir(d):
    os.remove(os.path.join(d, n)) if n != "sub" else os.rmdir(os.path.join(d, n))
os.rmdir(d)
