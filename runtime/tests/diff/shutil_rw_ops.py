import os, shutil, tempfile, io, stat

base = tempfile.mkdtemp()
try:
    def p(*a):
        return os.path.join(base, *a)

    def rel(x):
        return os.path.relpath(x, base) if isinstance(x, str) else x

    # copyfileobj with and without length
    src = io.BytesIO(b"abcdefghij" * 10)
    dst = io.BytesIO()
    shutil.copyfileobj(src, dst, 7)
    print(len(dst.getvalue()), dst.getvalue()[:12])
    s2 = io.StringIO("hello world")
    d2 = io.StringIO()
    shutil.copyfileobj(s2, d2)
    print(d2.getvalue())

    with open(p("a.txt"), "w") as f:
        f.write("alpha\n")
    os.chmod(p("a.txt"), 0o640)
    print(rel(shutil.copyfile(p("a.txt"), p("b.txt"))))
    print(open(p("b.txt")).read().strip())
    try:
        shutil.copyfile(p("a.txt"), p("a.txt"))
    except shutil.SameFileError as e:
        print(type(e).__name__, isinstance(e, shutil.Error), isinstance(e, OSError))
    try:
        shutil.copyfile(p("missing"), p("x"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    shutil.copymode(p("a.txt"), p("b.txt"))
    print(oct(stat.S_IMODE(os.stat(p("b.txt")).st_mode)))
    os.mkdir(p("d"))
    r = shutil.copy(p("a.txt"), p("d"))
    print(rel(r), oct(stat.S_IMODE(os.stat(r).st_mode)))
    os.utime(p("a.txt"), (1000000, 2000000))
    r = shutil.copy2(p("a.txt"), p("c.txt"))
    print(rel(r), os.stat(r).st_mtime)
    shutil.copystat(p("a.txt"), p("b.txt"))
    print(os.stat(p("b.txt")).st_mtime)

    # trees
    os.makedirs(p("t", "sub", "deep"))
    for n in ("t/x.py", "t/y.txt", "t/sub/z.py", "t/sub/deep/w.pyc"):
        with open(p(*n.split("/")), "w") as f:
            f.write(n)
    os.symlink("x.py", p("t", "link"))
    r = shutil.copytree(p("t"), p("t2"), ignore=shutil.ignore_patterns("*.pyc", "y*"))
    print(rel(r))
    for root, dirs, files in sorted(os.walk(p("t2"))):
        print(rel(root), sorted(dirs), sorted(files))
    print(os.path.islink(p("t2", "link")))
    shutil.copytree(p("t"), p("t3"), symlinks=True)
    print(os.path.islink(p("t3", "link")), os.readlink(p("t3", "link")))
    try:
        shutil.copytree(p("t"), p("t3"))
    except FileExistsError as e:
        print(type(e).__name__)
    shutil.copytree(p("t"), p("t3"), dirs_exist_ok=True)
    ign = shutil.ignore_patterns("*.py")
    print(sorted(ign("dir", ["a.py", "b.txt", "c.py"])))

    # move
    print(rel(shutil.move(p("c.txt"), p("moved.txt"))))
    print(rel(shutil.move(p("moved.txt"), p("d"))))
    with open(p("b2.txt"), "w") as f:
        f.write("x")
    shutil.copy(p("b2.txt"), p("d", "b2.txt"))
    try:
        shutil.move(p("b2.txt"), p("d"))
    except shutil.Error as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))
    print(rel(shutil.move(p("t3"), p("t4"))))
    try:
        shutil.move(p("t4"), p("t4", "sub"))
    except shutil.Error as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))
    except OSError as e:
        print("OSError", type(e).__name__)

    # rmtree variants
    shutil.rmtree(p("t4"))
    print(os.path.exists(p("t4")))
    shutil.rmtree(p("nonexistent"), ignore_errors=True)
    calls = []
    shutil.rmtree(p("nonexistent"), onerror=lambda f, path, ei: calls.append((f.__name__, rel(path), ei[0].__name__)))
    print(calls)
    try:
        shutil.rmtree(p("nonexistent"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.filename == p("nonexistent"))
    os.symlink(p("t"), p("tlink"))
    try:
        shutil.rmtree(p("tlink"))
    except OSError as e:
        print(type(e).__name__, e)
    print(shutil.rmtree.avoids_symlink_attacks in (True, False))

    # which
    os.mkdir(p("bin"))
    with open(p("bin", "tool"), "w") as f:
        f.write("#!/bin/sh\n")
    os.chmod(p("bin", "tool"), 0o755)
    with open(p("bin", "noexec"), "w") as f:
        f.write("")
    print(rel(shutil.which("tool", path=p("bin"))))
    print(shutil.which("noexec", path=p("bin")))
    print(shutil.which("tool", path=""))
    print(rel(shutil.which(p("bin", "tool"))))
    print(shutil.which("definitely-not-a-cmd-xyz"))
    print(rel(shutil.which("tool", path=os.pathsep.join([p("d"), p("bin")]))))

    # terminal size
    os.environ["COLUMNS"] = "123"
    os.environ["LINES"] = "45"
    ts = shutil.get_terminal_size()
    print(ts, ts.columns, ts.lines)
    print(issubclass(shutil.Error, OSError), issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError), issubclass(shutil.ReadError, OSError), issubclass(shutil.RegistryError, Exception))
    print(shutil.COPY_BUFSIZE > 0)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
