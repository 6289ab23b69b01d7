import os, stat, tempfile, io

base = tempfile.mkdtemp(prefix="rw_")
try:
    print(os.path.basename(base).startswith("rw_"), len(os.path.basename(base)))
    # mkstemp variants
    fd, pth = tempfile.mkstemp(dir=base, suffix=".dat")
    os.close(fd)
    n = os.path.basename(pth)
    print(n.startswith("tmp"), n.endswith(".dat"), len(n), oct(stat.S_IMODE(os.stat(pth).st_mode)))
    fd, bp = tempfile.mkstemp(dir=os.fsencode(base))
    os.close(fd)
    print(type(bp).__name__, os.path.dirname(bp) == os.fsencode(base))
    import pathlib
    fd, pp = tempfile.mkstemp(dir=pathlib.Path(base), prefix="pl")
    os.close(fd)
    print(type(pp).__name__, os.path.basename(pp)[:2])
    for args in [dict(prefix=b"a", dir=base), dict(suffix="x", prefix=b"y"), dict(suffix=b"s", dir=base)]:
        try:
            tempfile.mkdtemp(**args)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        tempfile.mkstemp(dir=os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    d = tempfile.mkdtemp(dir=base, prefix="")
    print(len(os.path.basename(d)), set(os.path.basename(d)) <= set("abcdefghijklmnopqrstuvwxyz0123456789_"))
    m = tempfile.mktemp(dir=base, suffix=".q")
    print(os.path.exists(m), m.endswith(".q"), os.path.dirname(m) == base)
    print(tempfile.TMP_MAX >= 10000, tempfile.template, tempfile.gettempprefix(), tempfile.gettempprefixb())
    print(type(tempfile.gettempdir()).__name__, type(tempfile.gettempdirb()).__name__)

    # NamedTemporaryFile
    f = tempfile.NamedTemporaryFile("w+", dir=base, prefix="nt", suffix=".txt", encoding="utf-8")
    print(os.path.basename(f.name)[:2], f.name.endswith(".txt"), f.delete, f.mode)
    f.write("one\ntwo\n")
    f.seek(0)
    print(list(f))
    f.seek(0)
    print([line for line in f])
    print(f.closed)
    f.close()
    print(f.closed, os.path.exists(f.name))
    f.close()
    with tempfile.NamedTemporaryFile(dir=base, delete=False) as g:
        g.write(b"kept")
    print(g.closed, os.path.exists(g.name), open(g.name, "rb").read())
    with tempfile.NamedTemporaryFile("wb", dir=base) as h:
        r = h.__enter__()
        print(r is h, type(h.file).__name__, hasattr(h, "fileno"))

    # TemporaryFile
    with tempfile.TemporaryFile("w+", dir=base) as t:
        t.write("xyz")
        t.seek(0)
        print(t.read(), isinstance(t.name, int))
    print(sorted(x for x in os.listdir(base) if x.startswith("tmp") and not os.path.isdir(os.path.join(base, x)))== sorted(x for x in os.listdir(base) if x.startswith("tmp") and not os.path.isdir(os.path.join(base, x))))

    # SpooledTemporaryFile
    s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
    print(s._rolled, s.name, s.mode, s.closed)
    s.write(b"12345")
    print(s._rolled, s.tell())
    s.write(b"678901")
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read())
    print(isinstance(s.name, int), s.mode)
    s.close()
    print(s.closed)
    s2 = tempfile.SpooledTemporaryFile(max_size=100, mode="w+", dir=base)
    s2.write("hello\nworld\n")
    s2.seek(0)
    print(s2.readline(), s2.readlines(), s2._rolled, s2.encoding, s2.newlines)
    s2.seek(0)
    print(list(s2))
    s2.writelines(["a" * 50, "b" * 60])
    print(s2._rolled, s2.tell())
    s2.close()
    s3 = tempfile.SpooledTemporaryFile(dir=base)
    s3.write(b"abc")
    fn = s3.fileno()
    print(s3._rolled, isinstance(fn, int))
    s3.close()
    s4 = tempfile.SpooledTemporaryFile(max_size=5, dir=base)
    s4.write(b"abc")
    s4.truncate(2)
    s4.seek(0)
    print(s4.read(), s4._rolled)
    s4.truncate(8)
    print(s4._rolled)
    s4.close()
    with tempfile.SpooledTemporaryFile(dir=base) as s5:
        s5.write(b"z")
        print(s5.isatty(), s5.tell())
    try:
        with s5:
            pass
    except ValueError as e:
        print(type(e).__name__, e)
    s6 = tempfile.SpooledTemporaryFile(mode="w+", dir=base)
    s6.rollover()
    print(s6._rolled, s6.mode)
    s6.rollover()
    s6.close()

    # TemporaryDirectory
    td = tempfile.TemporaryDirectory(dir=base, prefix="td", suffix="_z")
    print(repr(td).startswith("<TemporaryDirectory '"), repr(td).endswith("_z'>"))
    with td as name:
        print(name == td.name, os.path.isdir(name))
        os.makedirs(os.path.join(name, "a", "b"))
        open(os.path.join(name, "a", "b", "f"), "w").close()
        os.symlink(base, os.path.join(name, "lnk"))
    print(os.path.exists(td.name), os.path.exists(base))
    td.cleanup()
    td2 = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
    os.rmdir(td2.name)
    td2.cleanup()
    print("ok")
    with tempfile.TemporaryDirectory(dir=os.fsencode(base)) as bname:
        print(type(bname).__name__)
finally:
    import shutil
    shutil.rmtree(base)
print(os.path.exists(base))
