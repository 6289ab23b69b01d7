# File ownership, FIFOs and device numbers, groups, priorities and file-system statistics
# through the os module, with the errors CPython gives for bad paths and arguments.
import os
import stat
import tempfile


def attempt(label, fn):
    try:
        result = fn()
    except OSError as exc:
        print(f"{label}: {type(exc).__name__} errno={exc.errno} "
              f"file={os.path.basename(exc.filename) if exc.filename else exc.filename}")
    except Exception as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: {result!r}")


os.umask(0o022)
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("data.txt", "w") as f:
        f.write("payload\n")
    info = os.stat("data.txt")
    uid, gid = info.st_uid, info.st_gid

    print("== ownership")
    attempt("chown same owner", lambda: os.chown("data.txt", uid, gid))
    attempt("chown keep both", lambda: os.chown("data.txt", -1, -1))
    attempt("chown by fd", lambda: os.chown(os.open("data.txt", os.O_RDONLY), -1, gid))
    attempt("chown missing", lambda: os.chown("missing.txt", uid, gid))
    attempt("chown no gid", lambda: os.chown("data.txt", uid))
    attempt("chown str uid", lambda: os.chown("data.txt", "root", gid))
    attempt("chown float gid", lambda: os.chown("data.txt", uid, 1.0))
    attempt("chown uid -2", lambda: os.chown("data.txt", -2, gid))
    attempt("chown huge uid", lambda: os.chown("data.txt", 2 ** 70, gid))
    attempt("chown None path", lambda: os.chown(None, uid, gid))
    os.symlink("data.txt", "link.txt")
    attempt("lchown link", lambda: os.lchown("link.txt", -1, -1))
    attempt("lchown fd", lambda: os.lchown(3, -1, -1))
    attempt("chown nofollow", lambda: os.chown("link.txt", -1, -1, follow_symlinks=False))
    fd = os.open("data.txt", os.O_RDONLY)
    attempt("fchown", lambda: os.fchown(fd, uid, -1))
    os.close(fd)
    attempt("fchown closed fd", lambda: os.fchown(fd, uid, -1))
    attempt("fchown str", lambda: os.fchown("data.txt", uid, gid))
    print(os.stat("data.txt").st_uid == uid, os.stat("data.txt").st_gid == gid)

    print("== fifo and mknod")
    os.mkfifo("pipe0")
    os.mkfifo("pipe1", 0o600)
    mode = os.stat("pipe0").st_mode
    print(stat.S_ISFIFO(mode), stat.S_ISREG(mode), oct(os.stat("pipe1").st_mode & 0o777))
    attempt("mkfifo exists", lambda: os.mkfifo("pipe0"))
    attempt("mkfifo missing dir", lambda: os.mkfifo("nodir/pipe"))
    attempt("mkfifo bad mode", lambda: os.mkfifo("pipe2", "rw"))
    os.mknod("plain", stat.S_IFREG | 0o640)
    print(stat.S_ISREG(os.stat("plain").st_mode), oct(os.stat("plain").st_mode & 0o777))
    os.mknod("fifo2", stat.S_IFIFO | 0o600)
    print(stat.S_ISFIFO(os.stat("fifo2").st_mode))
    attempt("mknod exists", lambda: os.mknod("plain"))
    attempt("mknod bad device", lambda: os.mknod("other", stat.S_IFREG, "dev"))
    dir_fd = os.open(".", os.O_RDONLY)
    os.mkfifo("pipe3", dir_fd=dir_fd)
    os.close(dir_fd)
    print(sorted(os.listdir(".")))

print("== device numbers")
for major, minor in [(8, 1), (259, 3), (0, 0), (4095, 1048575)]:
    dev = os.makedev(major, minor)
    print(major, minor, dev, os.major(dev), os.minor(dev))
attempt("makedev one arg", lambda: os.makedev(1))
attempt("makedev str", lambda: os.makedev("8", 1))
attempt("makedev overflow", lambda: os.makedev(2 ** 32, 0))
attempt("major negative", lambda: os.major(-1))
attempt("major str", lambda: os.major("x"))
attempt("major too big", lambda: os.major(2 ** 64))
attempt("minor max", lambda: os.minor(2 ** 64 - 1))

print("== groups, login, priority, affinity")
groups = os.getgroups()
print(type(groups).__name__, all(isinstance(g, int) for g in groups))
attempt("getgroups arg", lambda: os.getgroups(1))
try:
    name = os.getlogin()
except OSError as exc:
    print("getlogin: OSError", isinstance(exc.errno, (int, type(None))))
else:
    print("getlogin: OSError", isinstance(name, str))
current = os.nice(0)
print(type(current).__name__, os.getpriority(os.PRIO_PROCESS, 0) == current)
print(os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
attempt("nice str", lambda: os.nice("1"))
attempt("setpriority same", lambda: os.setpriority(os.PRIO_PROCESS, 0, current))
attempt("getpriority bad which", lambda: os.getpriority(99, 0))
attempt("getpriority missing", lambda: os.getpriority())
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(isinstance(c, int) and c >= 0 for c in cpus))
attempt("affinity no process", lambda: os.sched_getaffinity(-5))
attempt("affinity str", lambda: os.sched_getaffinity("0"))

print("== statvfs")
st = os.statvfs(".")
print(type(st).__name__, len(st), st.n_fields, st.n_sequence_fields)
print([name for name in dir(st) if name.startswith("f_")])
print(st[0] == st.f_bsize, st.f_blocks >= st.f_bfree >= 0, st.f_namemax > 0)
print(isinstance(st, tuple), isinstance(st.f_fsid, int), st[:0])
with open(os.devnull) as f:
    print(os.fstatvfs(f.fileno()).f_bsize > 0, os.statvfs(f.fileno()).f_frsize > 0)
made = os.statvfs_result(range(10))
print(made)
print(made.f_fsid, os.statvfs_result(range(11)).f_fsid)
attempt("statvfs missing", lambda: os.statvfs("/no/such/dir"))
attempt("statvfs float", lambda: os.statvfs(1.5))
attempt("statvfs_result short", lambda: os.statvfs_result(range(9)))
print(os.ST_RDONLY, os.ST_NOSUID, bool(st.f_flag & os.ST_RDONLY) in (True, False))
attempt("sync", os.sync)
attempt("sync arg", lambda: os.sync(1))
