"""Mirror a source tree into a destination: compare, copy changed files, prune extras,
and handle symlinks the way shutil does."""
import filecmp
import os
import shutil
import stat
import tempfile


def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            tag = "L" if os.path.islink(p) else "F"
            out.append(f"{tag} {os.path.normpath(os.path.join(rel, name))}")
        for name in dirnames:
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                out.append(f"L {os.path.normpath(os.path.join(rel, name))}/")
    return out


def write(path, text, mtime=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


def sync(src, dst, report):
    cmp = filecmp.dircmp(src, dst)
    for name in sorted(cmp.left_only):
        s, d = os.path.join(src, name), os.path.join(dst, name)
        if os.path.isdir(s) and not os.path.islink(s):
            shutil.copytree(s, d, symlinks=True)
            report.append(f"+dir  {os.path.relpath(d, DST)}")
        else:
            shutil.copy2(s, d, follow_symlinks=False)
            report.append(f"+file {os.path.relpath(d, DST)}")
    for name in sorted(cmp.right_only):
        d = os.path.join(dst, name)
        if os.path.isdir(d) and not os.path.islink(d):
            shutil.rmtree(d)
        else:
            os.remove(d)
        report.append(f"-del  {os.path.relpath(d, DST)}")
    for name in sorted(cmp.diff_files):
        shutil.copy2(os.path.join(src, name), os.path.join(dst, name))
        report.append(f"~upd  {os.path.relpath(os.path.join(dst, name), DST)}")
    for name in sorted(cmp.common_dirs):
        sync(os.path.join(src, name), os.path.join(dst, name), report)


os.umask(0o022)
with tempfile.TemporaryDirectory() as base:
    old_cwd = os.getcwd()
    os.chdir(base)
    SRC, DST = os.path.join(base, "src"), os.path.join(base, "dst")
    write(os.path.join(SRC, "index.html"), "<h1>v2</h1>", 2000)
    write(os.path.join(SRC, "css", "site.css"), "body{}", 1000)
    write(os.path.join(SRC, "js", "app.js"), "run()", 1000)
    write(os.path.join(SRC, "img", "logo.svg"), "<svg/>", 1000)
    os.symlink("index.html", os.path.join(SRC, "home.html"))
    os.symlink("css", os.path.join(SRC, "styles"))
    os.symlink("gone.txt", os.path.join(SRC, "broken"))

    write(os.path.join(DST, "index.html"), "<h1>v1</h1>", 1000)
    write(os.path.join(DST, "css", "site.css"), "body{}", 1000)
    write(os.path.join(DST, "old", "legacy.js"), "old()", 1000)
    write(os.path.join(DST, "robots.txt"), "*", 1000)

    print("source:", tree(SRC))
    print("dest before:", tree(DST))
    cmp = filecmp.dircmp(SRC, DST)
    print("left_only", sorted(cmp.left_only), "right_only", sorted(cmp.right_only))
    print("common", sorted(cmp.common), "diff", sorted(cmp.diff_files), "same", sorted(cmp.same_files))
    print("funny", sorted(cmp.common_funny), sorted(cmp.funny_files))
    report = []
    sync(SRC, DST, report)
    for line in report:
        print("  ", line)
    print("dest after:", tree(DST))
    print("index updated:", open(os.path.join(DST, "index.html")).read(),
          int(os.stat(os.path.join(DST, "index.html")).st_mtime))
    print("home is link:", os.path.islink(os.path.join(DST, "home.html")),
          os.readlink(os.path.join(DST, "home.html")))
    print(filecmp.cmp(os.path.join(SRC, "index.html"), os.path.join(DST, "index.html")))
    again = []
    sync(SRC, DST, again)
    print("second pass changes:", again)

    print("== copytree symlink policies ==")
    try:
        shutil.copytree(SRC, "plain")
    except shutil.Error as exc:
        errs = exc.args[0]
        print("errors:", [(os.path.basename(a), os.path.basename(b)) for a, b, _ in errs])
    print("plain:", tree("plain"))
    # A relative link is tested from the current directory, as in CPython.
    shutil.copytree(SRC, "skipdangling", ignore_dangling_symlinks=True)
    print("skipdangling:", tree("skipdangling"))
    os.chdir(SRC)
    shutil.copytree(SRC, os.path.join(base, "from_inside"), ignore_dangling_symlinks=True)
    os.chdir(base)
    print("from_inside:", tree("from_inside"))
    shutil.copytree(SRC, "links", symlinks=True)
    print("links:", tree("links"))
    print("styles link kept:", os.readlink(os.path.join("links", "styles")))

    print("== modes and stats ==")
    exe = os.path.join(SRC, "js", "build.sh")
    write(exe, "#!/bin/sh\n", 1234)
    os.chmod(exe, 0o750)
    shutil.copy(exe, "copied.sh")
    shutil.copy2(exe, "copied2.sh")
    shutil.copyfile(exe, "copiedfile.sh")
    for name in ("copied.sh", "copied2.sh", "copiedfile.sh"):
        st = os.stat(name)
        print(name, oct(stat.S_IMODE(st.st_mode)), int(st.st_mtime) == 1234)
    shutil.copymode(exe, "copiedfile.sh")
    shutil.copystat(exe, "copied.sh")
    print(oct(stat.S_IMODE(os.stat("copiedfile.sh").st_mode)), int(os.stat("copied.sh").st_mtime))
    os.chdir(old_cwd)
