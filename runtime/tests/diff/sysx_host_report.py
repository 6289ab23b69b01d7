"""Host health report: collects facts about the machine and the process, printing
only the parts that are the same on every run (types, shapes, invariants)."""
import errno
import os
import platform
import pwd
import shutil
import sys
import tempfile
import time


def section(title):
    print(f"-- {title} --")


section("platform")
u = platform.uname()
print("fields:", u._fields)
print("len:", len(u), "processor is str:", isinstance(u.processor, str))
system, node, release, version, machine, proc = u
print("system matches:", system == platform.system() == os.uname().sysname)
print("node matches:", node == platform.node(), "machine matches:", machine == os.uname().machine)
print("as dict keys:", list(u._asdict()))
print("replace keeps type:", type(u._replace(node="x")).__name__, u._replace(node="x").node)
print("slicing:", u[:2] == (system, node), u[-1] == proc)
lib, ver = platform.libc_ver()
print("libc:", lib, ver.count(".") >= 1)
print("platform() has system:", platform.platform().startswith(system))
print("python_version_tuple:", platform.python_version_tuple()[:2])
print("architecture:", platform.architecture()[0])

section("process times")
t0 = os.times()
print(type(t0).__name__, len(t0), [type(x).__name__ for x in t0])
print(t0.user == t0[0], t0.elapsed == t0[4])
acc = 0
for i in range(200000):
    acc += i * i
t1 = os.times()
print("cpu grew or same:", t1.user + t1.system >= t0.user + t0.system)
print("elapsed grew or same:", t1.elapsed >= t0.elapsed)
load = os.getloadavg()
print("loadavg:", type(load).__name__, len(load), all(x >= 0 for x in load))
print("monotonic ok:", time.monotonic() <= time.monotonic())

section("identity")
uid, gid = os.getuid(), os.getgid()
entry = pwd.getpwuid(uid)
print("pw_uid matches:", entry.pw_uid == uid, "pw_gid matches:", entry.pw_gid == gid)
print("euid == uid:", os.geteuid() == uid, "pid > 1:", os.getpid() > 1, "ppid:", os.getppid() > 0)
print("groups is list:", type(os.getgroups()).__name__)

section("ownership")
with tempfile.TemporaryDirectory() as tmp:
    target = os.path.join(tmp, "owned.txt")
    with open(target, "w") as f:
        f.write("x")
    shutil.chown(target, user=uid)
    shutil.chown(target, group=gid)
    shutil.chown(target, user=entry.pw_name, group=gid)
    st = os.stat(target)
    print("owner kept:", st.st_uid == uid, st.st_gid == gid)
    for kwargs in ({}, {"user": "no-such-user-sysx"}, {"group": "no-such-group-sysx"}):
        try:
            shutil.chown(target, **kwargs)
        except (ValueError, LookupError) as exc:
            print(type(exc).__name__, exc)
    try:
        shutil.chown(os.path.join(tmp, "absent"), user=uid)
    except FileNotFoundError as exc:
        print("FileNotFoundError", exc.errno, os.path.basename(exc.filename))

section("exit statuses")
for cmd in ("exit 0", "exit 1", "exit 42", "kill -TERM $$", "kill -HUP $$"):
    st = os.system(cmd)
    if os.WIFEXITED(st):
        desc = f"exit {os.WEXITSTATUS(st)}"
    elif os.WIFSIGNALED(st):
        desc = f"signal {os.WTERMSIG(st)}"
    else:
        desc = "other"
    print(f"{cmd!r:18} status={st:6d} {desc:10} code={os.waitstatus_to_exitcode(st)}")
print("sysexits:", os.EX_OK, os.EX_USAGE, os.EX_DATAERR, os.EX_SOFTWARE, os.EX_CONFIG)
for raw in (0x0100, 0x137F, 0xFFFF, 0x0086):
    print(hex(raw), os.WIFEXITED(raw), os.WIFSIGNALED(raw), os.WIFSTOPPED(raw),
          os.WIFCONTINUED(raw), os.WCOREDUMP(raw), os.WSTOPSIG(raw))

section("errno table")
for code in (errno.EPERM, errno.ENOENT, errno.EACCES, errno.EEXIST, errno.ENOTDIR,
             errno.EISDIR, errno.EINVAL, errno.ENOSPC, errno.EPIPE, errno.ENOTEMPTY):
    exc = OSError(code, os.strerror(code))
    print(f"{errno.errorcode[code]:10} {code:3d} {type(exc).__name__:22} {os.strerror(code)}")

section("disk")
usage = shutil.disk_usage(".")
print("usage fields:", usage._fields, usage.used <= usage.total, usage.free <= usage.total)
print("terminal fallback:", tuple(shutil.get_terminal_size((101, 33))) in ((101, 33),) or "tty")
print("exec path is list:", isinstance(os.get_exec_path(), list))
print("cpu_count positive:", (os.cpu_count() or 1) > 0)
print("done", file=sys.stdout)
