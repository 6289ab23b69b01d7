# os: walk top-down and bottom-up with links, pruning and errors; makedirs, removedirs, renames; popen.
import os, tempfile, shutil
root = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(root, "a", "b", "c"))
    os.makedirs(os.path.join(root, "a", "b", "c"), exist_ok=True)
    try:
        os.makedirs(os.path.join(root, "a", "b"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    os.makedirs(os.path.join(root, "x", "y", "."))
    print(os.path.isdir(os.path.join(root, "x", "y")))
    os.makedirs(os.path.join(root, "m", "n") + os.sep)
    os.makedirs(os.fsencode(os.path.join(root, "bb", "cc")))
    for d in ("a/f1", "a/b/f2", "a/b/c/f3", "x/f4"):
        open(os.path.join(root, d), "w").close()
    os.symlink(os.path.join(root, "x"), os.path.join(root, "a", "link"))
    rel = lambda p: os.path.relpath(p, root)
    def norm(walker, topdown=True):
        # Listing order depends on the file system: sort the names in place (top-down, so
        # that the descent follows the sorted order) and check bottom-up order by rule.
        out = []
        for d, ds, fs in walker:
            if topdown:
                ds.sort()
            out.append((rel(d), sorted(ds), sorted(fs)))
        if not topdown:
            seen = [d for d, _, _ in out]
            ok = all(seen.index(os.path.normpath(os.path.join(d, c))) < seen.index(d)
                     for d, ds, _ in out for c in ds
                     if os.path.normpath(os.path.join(d, c)) in seen)
            out = (ok, sorted(out))
        return out
    print(norm(os.walk(root)))
    print(norm(os.walk(root, topdown=False), False))
    print(norm(os.walk(os.path.join(root, "a"), followlinks=True)))
    print(norm(os.walk(os.path.join(root, "a"), topdown=False, followlinks=True), False))
    pruned = []
    for d, ds, fs in os.walk(root):
        ds[:] = [x for x in sorted(ds) if x != "b"]
        pruned.append(rel(d))
    print(pruned)
    errs = []
    print(list(os.walk(os.path.join(root, "nope"), onerror=lambda e: errs.append(type(e).__name__))), errs)
    print([type(d).__name__ for d, _, _ in os.walk(os.fsencode(root))][:1])
    os.renames(os.path.join(root, "x", "y"), os.path.join(root, "p", "q", "y2"))
    print(os.path.isdir(os.path.join(root, "p", "q", "y2")), os.path.exists(os.path.join(root, "x")))
    os.removedirs(os.path.join(root, "m", "n"))
    print(os.path.exists(os.path.join(root, "m")))
    with os.popen("echo hi; echo there") as f:
        print(repr(f.read()))
    p = os.popen("exit 3")
    print(p.close(), os.popen("true").close())
    w = os.popen("cat > " + os.path.join(root, "out.txt"), "w")
    w.write("written\n"); print(w.close())
    print(open(os.path.join(root, "out.txt")).read().strip())
    for bad in [(["ls"],), ("ls", "rb"), ("ls", "r", 0)]:
        try:
            os.popen(*bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
finally:
    shutil.rmtree(root)
