# Packaging a release with shutil's archive helpers: build zip / tar / gztar
# archives of a site directory, check their contents, unpack them again and
# plug in a custom format.
import logging
import os
import shutil
import tarfile
import tempfile
import zipfile


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines = []

    def emit(self, record):
        self.lines.append(record.levelname + ": " + record.getMessage())


def build_site(root):
    pages = {
        "site/index.html": "<h1>Home</h1>\n",
        "site/about/index.html": "<h1>About</h1>\n",
        "site/static/css/main.css": "body { margin: 0 }\n",
        "site/static/js/app.js": "console.log('hi');\n" * 20,
        "notes.txt": "not part of the site\n",
    }
    for rel, text in pages.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    os.makedirs(os.path.join(root, "site/empty"))


def tree(top):
    found = []
    for dirpath, dirnames, filenames in os.walk(top):
        rel = os.path.relpath(dirpath, top)
        for name in dirnames:
            found.append(os.path.normpath(os.path.join(rel, name)) + "/")
        for name in filenames:
            with open(os.path.join(dirpath, name), "rb") as f:
                size = len(f.read())
            found.append("%s (%d)" % (os.path.normpath(os.path.join(rel, name)), size))
    return sorted(found)


known = {"tar", "gztar", "zip"}
print("archive formats:", [f for f in shutil.get_archive_formats() if f[0] in known])
print("unpack formats:", [f for f in shutil.get_unpack_formats() if f[0] in known])

with tempfile.TemporaryDirectory() as work:
    os.chdir(work)
    build_site("src")

    made = {}
    for fmt in ("zip", "tar", "gztar"):
        name = shutil.make_archive(os.path.join("dist", "site-" + fmt), fmt,
                                   root_dir="src", base_dir="site")
        made[fmt] = name
        print(fmt, "->", os.path.relpath(name, work), os.path.isabs(name))

    with zipfile.ZipFile(made["zip"]) as zf:
        print("zip names:", sorted(zf.namelist()))
        print("zip compressed:", sorted({i.compress_type for i in zf.infolist() if not i.is_dir()}))
        print("css:", zf.read("site/static/css/main.css"))
    for fmt in ("tar", "gztar"):
        with tarfile.open(made[fmt]) as tf:
            print(fmt, "names:", tf.getnames())
            print(fmt, "types:", sorted({m.type for m in tf}))

    # Whole root, owner and group forced to root, relative names.
    name = shutil.make_archive("everything", "gztar", root_dir="src",
                               owner="root", group="root")
    print("everything:", os.path.basename(name))
    with tarfile.open(name) as tf:
        print("  names:", tf.getnames()[:4], "...", len(tf.getnames()))
        print("  owners:", sorted({(m.uname, m.gname, m.uid, m.gid) for m in tf}))

    # Without root_dir the current directory is the root.
    os.chdir("src")
    name = shutil.make_archive("../plain", "tar", base_dir="site/about")
    os.chdir(work)
    print("plain:", name, tarfile.open("plain.tar").getnames())

    # Logging and dry runs.
    log = logging.getLogger("packager")
    log.setLevel(logging.DEBUG)
    handler = Collect()
    log.addHandler(handler)
    shutil.make_archive("logged", "zip", root_dir="src", base_dir="site/static", logger=log)
    shutil.make_archive("dry/nothing", "gztar", root_dir="src", dry_run=True, logger=log)
    for line in sorted(handler.lines):
        print("  log", line.replace(work, "<work>"))
    print("dry run wrote:", os.path.exists("dry"), os.path.exists("dry/nothing.tar.gz"))

    # Unpack again, by extension and by explicit format.
    for fmt, archive in sorted(made.items()):
        target = os.path.join("unpacked", fmt)
        shutil.unpack_archive(archive, target)
        print("unpacked", fmt, tree(os.path.join(target, "site")) == tree("src/site"), len(tree(target)))
    shutil.copy(made["gztar"], "blob.bin")
    shutil.unpack_archive("blob.bin", "by-format", format="gztar")
    print("by-format:", tree("by-format")[:3])

    # A custom format: a plain listing of files.
    def make_listing(base_name, base_dir, dry_run=0, logger=None, owner=None, group=None, sep="\n"):
        out = base_name + ".lst"
        with open(out, "w") as f:
            f.write(sep.join(tree(base_dir)))
        return out

    def read_listing(filename, extract_dir, upper=False):
        os.makedirs(extract_dir, exist_ok=True)
        with open(filename) as f:
            lines = f.read().splitlines()
        with open(os.path.join(extract_dir, "LISTING"), "w") as f:
            f.write("\n".join(l.upper() if upper else l for l in lines))

    shutil.register_archive_format("listing", make_listing, [("sep", "\n")], "file listing")
    shutil.register_unpack_format("listing", [".lst"], read_listing, [("upper", True)], "file listing")
    print("registered:", ("listing", "file listing") in shutil.get_archive_formats())
    out = shutil.make_archive("site-list", "listing", root_dir="src", base_dir="site")
    print("listing file:", os.path.basename(out), os.getcwd() == work)
    shutil.unpack_archive(out, "list-out")
    with open("list-out/LISTING") as f:
        print(f.read().splitlines()[:3])
    shutil.unregister_archive_format("listing")
    shutil.unregister_unpack_format("listing")

    # Error cases.
    checks = [
        lambda: shutil.make_archive("x", "rar"),
        lambda: shutil.unpack_archive("archive.rar"),
        lambda: shutil.unpack_archive("src/notes.txt", "o", format="zip"),
        lambda: shutil.unpack_archive("src/notes.txt", "o", format="tar"),
        lambda: shutil.unpack_archive("src/notes.txt", "o", format="cpio"),
        lambda: shutil.register_unpack_format("dup", [".tgz"], read_listing),
        lambda: shutil.register_unpack_format("bad", [".bad"], "not callable"),
        lambda: shutil.register_archive_format("bad", 42),
        lambda: shutil.register_archive_format("bad", make_listing, "sep"),
        lambda: shutil.register_archive_format("bad", make_listing, [("a", 1, 2)]),
        lambda: shutil.unregister_archive_format("never-registered"),
        lambda: shutil._make_tarball("x", "src", compress="zstd"),
    ]
    for check in checks:
        try:
            check()
            print("no error")
        except (ValueError, TypeError, KeyError, shutil.Error, shutil.ReadError,
                shutil.RegistryError) as e:
            print(type(e).__name__ + ":", e)
    print("all names exported:", all(n in shutil.__all__ for n in (
        "make_archive", "unpack_archive", "get_archive_formats", "get_unpack_formats",
        "register_archive_format", "unregister_unpack_format")))
