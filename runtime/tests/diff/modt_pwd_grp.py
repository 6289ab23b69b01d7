# Account lookups the way an admin script would do them: resolve users and
# groups, cross-check the databases, and report lookups that fail.
import grp
import os
import pwd


def describe_user(entry):
    kind = "system" if entry.pw_uid < 1000 else "regular"
    return {"kind": kind, "has_home": bool(entry.pw_dir), "shell_abs": entry.pw_shell.startswith("/")}


def lookup(func, *args):
    try:
        return "ok", func(*args)
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        return type(exc).__name__, exc.args[0] if exc.args else None


root = pwd.getpwnam("root")
print("root uid/gid:", root.pw_uid, root.pw_gid)
print("root home:", root.pw_dir, "| passwd field:", root[1])
print("same as getpwuid(0):", root == pwd.getpwuid(0))
print("is tuple:", isinstance(root, tuple), "len:", len(root))
print("type:", type(root).__name__, type(root).__module__)
print("fields:", pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields,
      pwd.struct_passwd.n_unnamed_fields)
print("attr vs index:", root.pw_name == root[0], root.pw_shell == root[-1], root[2:4])
name, _, uid, gid, *rest = root
print("unpacked:", name, uid, gid, len(rest))
print("repr starts:", repr(root).split("(")[0], repr(root).split(", ")[1])
print("describe:", describe_user(root))

rebuilt = pwd.struct_passwd(tuple(root))
print("rebuilt equal:", rebuilt == root, type(rebuilt) is pwd.struct_passwd)
try:
    pwd.struct_passwd(("a", "b"))
except TypeError as e:
    print("bad length:", e)

everyone = pwd.getpwall()
print("getpwall is list:", type(everyone).__name__, all(type(e) is pwd.struct_passwd for e in everyone))
print("root listed:", any(e.pw_name == "root" and e.pw_uid == 0 for e in everyone))
consistent = all(pwd.getpwnam(e.pw_name).pw_name == e.pw_name for e in everyone)
print("getpwnam consistent:", consistent)
uids_ok = all(isinstance(e.pw_uid, int) and isinstance(e.pw_gid, int) for e in everyone)
strs_ok = all(isinstance(e[i], str) for e in everyone for i in (0, 1, 4, 5, 6))
print("types:", uids_ok, strs_ok)

# Groups
g0 = grp.getgrgid(0)
print("group 0:", g0.gr_name, g0.gr_gid, type(g0.gr_mem).__name__)
print("by name:", grp.getgrnam("root") == g0, grp.getgrnam(name="root").gr_gid)
print("keyword id:", grp.getgrgid(id=0).gr_name)
print("group type:", type(g0).__name__, type(g0).__module__, grp.struct_group.n_fields)
print("repr:", repr(g0).split("(")[0], repr(g0).endswith(")"))
groups = grp.getgrall()
print("getgrall list:", type(groups).__name__, all(isinstance(g.gr_mem, list) for g in groups))
print("members are str:", all(isinstance(m, str) for g in groups for m in g.gr_mem))
print("root primary group name:", grp.getgrgid(root.pw_gid).gr_name)
by_gid = {}
for g in groups:
    by_gid.setdefault(g.gr_gid, g.gr_name)
print("all gids resolve:", all(grp.getgrgid(gid).gr_name == n for gid, n in by_gid.items()))

# Failures, with CPython's messages
for label, func, args in [
    ("uid missing", pwd.getpwuid, (987654,)),
    ("uid -1", pwd.getpwuid, (-1,)),
    ("uid huge", pwd.getpwuid, (2 ** 40,)),
    ("uid negative", pwd.getpwuid, (-7,)),
    ("uid str", pwd.getpwuid, ("0",)),
    ("uid float", pwd.getpwuid, (0.0,)),
    ("name missing", pwd.getpwnam, ("no-such-user-xyz",)),
    ("name empty", pwd.getpwnam, ("",)),
    ("name int", pwd.getpwnam, (0,)),
    ("name bytes", pwd.getpwnam, (b"root",)),
    ("name nul", pwd.getpwnam, ("ro\0ot",)),
    ("no args", pwd.getpwuid, ()),
    ("getpwall arg", pwd.getpwall, (1,)),
    ("gid missing", grp.getgrgid, (987654,)),
    ("gid -1", grp.getgrgid, (-1,)),
    ("gid -5", grp.getgrgid, (-5,)),
    ("gid 2**33", grp.getgrgid, (2 ** 33,)),
    ("gid 2**64", grp.getgrgid, (2 ** 64,)),
    ("gid str", grp.getgrgid, ("0",)),
    ("group missing", grp.getgrnam, ("no-such-group-xyz",)),
    ("group int", grp.getgrnam, (5,)),
    ("group two args", grp.getgrnam, ("a", "b")),
    ("group no args", grp.getgrgid, ()),
]:
    print(label, "->", lookup(func, *args))

print("bool uid:", pwd.getpwuid(False).pw_name)
try:
    pwd.getpwuid(uid=0)
except TypeError as e:
    print("kw:", e)
try:
    grp.getgrgid(gid=0)
except TypeError as e:
    print("kw:", e)


class Uid:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print("index object:", pwd.getpwuid(Uid(0)).pw_name, grp.getgrgid(Uid(0)).gr_name)
print("sorted field names:", sorted(f for f in dir(root) if f.startswith("pw_")))
print("group field names:", sorted(f for f in dir(g0) if f.startswith("gr_")))
