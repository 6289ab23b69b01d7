"""Low-level file handling: descriptors, links, permissions, times, a lock-file."""
import errno
import os
import stat
import tempfile


def rel(p, root):
    return os.path.relpath(p, root)


def describe(path):
    st = os.lstat(path)
    kinds = [k for k, f in (("reg", stat.S_ISREG), ("dir", stat.S_ISDIR),
                            ("lnk", stat.S_ISLNK), ("fifo", stat.S_ISFIFO)) if f(st.st_mode)]
    return kinds, stat.filemode(st.st_mode)[0]


with tempfile.TemporaryDirectory() as root:
    os.chdir(root)
    print("== descriptors ==")
    fd = os.open("data.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    print(os.write(fd, b"hello world\n"), os.write(fd, b"second line\n"))
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 6, os.SEEK_SET))
    os.write(fd, b"W")
    print(os.fstat(fd).st_size, stat.S_IMODE(os.fstat(fd).st_mode) & 0o600 == 0o600)
    os.close(fd)
    try:
        os.close(fd)
    except OSError as exc:
        print("double close:", errno.errorcode[exc.errno], exc.strerror)
    fd = os.open("data.bin", os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    dup = os.dup(fd)
    os.lseek(dup, 0, os.SEEK_SET)
    print("dup shares offset:", os.read(fd, 5))
    os.close(dup)
    os.close(fd)
    try:
        os.open("data.bin", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as exc:
        print("O_EXCL:", exc.errno == errno.EEXIST, exc.filename)
    try:
        os.open("nope/deeper.txt", os.O_RDONLY)
    except FileNotFoundError as exc:
        print("missing:", exc.filename, exc.strerror)

    print("== pipe ==")
    r, w = os.pipe()
    os.write(w, b"through the pipe")
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 4)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    print(chunks)
    r, w = os.pipe()
    with os.fdopen(w, "w") as wf, os.fdopen(r) as rf:
        wf.write("line a\nline b\n")
        wf.close()
        print(rf.readlines())

    print("== os.system status ==")
    for cmd in ("true", "exit 3", "kill -USR1 $$", "cat data.bin > /dev/null"):
        st = os.system(cmd)
        if os.WIFEXITED(st):
            print(repr(cmd), "exited", os.WEXITSTATUS(st), os.waitstatus_to_exitcode(st))
        elif os.WIFSIGNALED(st):
            print(repr(cmd), "signal", os.WTERMSIG(st), os.WCOREDUMP(st), os.waitstatus_to_exitcode(st))
    usage_error = os.EX_USAGE if hasattr(os, "EX_USAGE") else 64
    print("EX_USAGE", usage_error, os.EX_OK)

    print("== truncate / utime ==")
    os.truncate("data.bin", 5)
    with open("data.bin", "rb") as f:
        print(f.read())
    with open("data.bin", "r+b") as f:
        os.ftruncate(f.fileno(), 2)
    print(os.path.getsize("data.bin"))
    os.utime("data.bin", (1_000_000, 2_000_000))
    st = os.stat("data.bin")
    print(int(st.st_atime), int(st.st_mtime), st.st_mtime_ns, os.path.getmtime("data.bin"))
    os.utime("data.bin", ns=(5_000_000_123, 6_000_000_456))
    print(os.stat("data.bin").st_mtime_ns, os.stat("data.bin").st_atime_ns)
    try:
        os.utime("data.bin", (1, 2), ns=(1, 2))
    except ValueError as exc:
        print("ValueError", exc)

    print("== links ==")
    os.mkdir("real_dir")
    with open("real_dir/target.txt", "w") as f:
        f.write("target")
    os.symlink("real_dir/target.txt", "sym.txt")
    os.symlink("real_dir", "sym_dir")
    os.symlink("does-not-exist", "dangling")
    os.link("real_dir/target.txt", "hard.txt")
    for name in sorted(os.listdir(".")):
        print(name, describe(name), os.path.exists(name), os.path.islink(name), os.path.isfile(name))
    print(os.readlink("sym.txt"), os.readlink("dangling"))
    print(os.stat("hard.txt").st_nlink, os.path.samefile("hard.txt", "sym.txt"))
    print(rel(os.path.realpath("sym.txt"), os.path.realpath(root)))
    print(sorted(os.listdir("sym_dir")))
    with os.scandir(".") as it:
        for e in sorted(it, key=lambda e: e.name):
            print("  ", e.name, e.is_symlink(), e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file())
    walked = [(rel(d, "."), sorted(f)) for d, _, f in os.walk(".")]
    print(sorted(walked))
    walked = [(rel(d, "."), sorted(f)) for d, _, f in os.walk(".", followlinks=True)]
    print(sorted(walked))
    try:
        os.readlink("hard.txt")
    except OSError as exc:
        print("readlink regular:", errno.errorcode[exc.errno])
    try:
        os.symlink("x", "sym.txt")
    except FileExistsError as exc:
        print("symlink exists:", exc.filename, exc.filename2, str(exc))
    try:
        os.rename("real_dir", "real_dir/inside")
    except OSError as exc:
        print("rename into self:", errno.errorcode[exc.errno])
    os.unlink("dangling")
    print(os.path.lexists("dangling"))

    print("== permissions ==")
    os.chmod("hard.txt", 0o400)
    print(stat.filemode(os.stat("hard.txt").st_mode), oct(stat.S_IMODE(os.stat("real_dir/target.txt").st_mode)))
    os.chmod("hard.txt", stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR | stat.S_IRGRP)
    print(stat.filemode(os.stat("hard.txt").st_mode))
    print(stat.filemode(os.stat("real_dir").st_mode)[0], stat.filemode(os.lstat("sym_dir").st_mode)[0])
    print(os.access("hard.txt", os.R_OK), os.access("hard.txt", os.F_OK), os.access("nope", os.F_OK))
    old = os.umask(0o077)
    with open("private.txt", "w"):
        pass
    os.mkdir("private_dir")
    os.umask(old)
    print(oct(stat.S_IMODE(os.stat("private.txt").st_mode)), oct(stat.S_IMODE(os.stat("private_dir").st_mode)))

    print("== lock file ==")

    def acquire(name):
        try:
            fd = os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return None
        os.write(fd, b"locked")
        return fd

    fd1 = acquire("app.lock")
    fd2 = acquire("app.lock")
    print(fd1 is not None, fd2)
    os.close(fd1)
    os.remove("app.lock")
    fd3 = acquire("app.lock")
    print(fd3 is not None)
    os.close(fd3)
    os.chdir("/")
