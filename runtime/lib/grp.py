"""The Unix group database, read from /etc/group.

Each entry is a struct_group: a 4-tuple (gr_name, gr_passwd, gr_gid, gr_mem)
whose items are also attributes; gr_gid is an int, gr_mem the list of member
user names (users whose primary group it is are usually not listed there).
Lookups that find nothing raise KeyError.

CPython asks the C library (getgrgid and friends); Ember reads the file itself,
each call.
"""

import _structseq
from pwd import _database_lines

_GROUP_FILE = "/etc/group"
_ID_MASK = 0xFFFFFFFF          # gid_t is 32 bits; (gid_t)-1 reads back as -1
_LONG_MIN = -(1 << 63)
_LONG_END = 1 << 63

struct_group = _structseq.structseq(
    "grp", "struct_group", ["gr_name", "gr_passwd", "gr_gid", "gr_mem"], 4)
struct_group.__doc__ = """grp.struct_group: an entry of the group database.

A tuple (gr_name, gr_passwd, gr_gid, gr_mem) whose items can also be read
as the attributes of those names."""


def _entries():
    for line in _database_lines(_GROUP_FILE):
        fields = line.split(":", 3)
        if len(fields) < 3:
            continue
        gid = fields[2].strip()
        if not gid.isdigit() or not gid.isascii():
            continue
        members = []
        if len(fields) == 4:
            for m in fields[3].split(","):
                m = m.strip()
                if m:
                    members.append(m)
        yield struct_group((fields[0], fields[1], int(gid) & _ID_MASK, members))


def _gid_from(obj):
    # The gid an argument names, with the errors of CPython's gid_t converter
    # (whose message for values past 32 bits but inside a C long is the
    # "less than minimum" one).
    try:
        value = int(obj) if isinstance(obj, int) else type(obj).__index__(obj)
    except (AttributeError, TypeError):
        raise TypeError("gid should be integer, not %s" % type(obj).__name__) from None
    if value == -1:
        return _ID_MASK
    if value >= _LONG_END:
        raise OverflowError("gid is greater than maximum")
    if value < 0 or value > _ID_MASK:
        raise OverflowError("gid is less than minimum")
    return value


def _argument(fname, keyword, args, kwargs):
    # The one argument of a function taking it by position or by keyword, with
    # the errors of CPython's argument parser (a stray keyword counts as the
    # argument missing).
    given = len(args) + len(kwargs)
    if given > 1:
        what = "argument" if args else "keyword argument"
        raise TypeError("%s() takes at most 1 %s (%d given)" % (fname, what, given))
    if args:
        return args[0]
    if keyword in kwargs:
        return kwargs[keyword]
    raise TypeError("%s() missing required argument '%s' (pos 1)" % (fname, keyword))


def getgrgid(*args, **kwargs):
    """getgrgid(id) -> the group database entry of the numeric group id.

    Raises KeyError when there is none."""
    gid = _gid_from(_argument("getgrgid", "id", args, kwargs))
    for entry in _entries():
        if entry[2] == gid:
            return entry
    raise KeyError("getgrgid(): gid not found: %d" % (-1 if gid == _ID_MASK else gid))


def getgrnam(*args, **kwargs):
    """getgrnam(name) -> the group database entry of the group called name.

    Raises KeyError when there is none."""
    name = _argument("getgrnam", "name", args, kwargs)
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument 'name' must be str, not %s"
                        % type(name).__name__)
    if "\x00" in name:
        raise ValueError("embedded null byte")
    for entry in _entries():
        if entry[0] == name:
            return entry
    raise KeyError("getgrnam(): name not found: %r" % (name,))


def getgrall(*args, **kwargs):
    """getgrall() -> a list of every group database entry, in file order."""
    if kwargs:
        raise TypeError("grp.getgrall() takes no keyword arguments")
    if args:
        raise TypeError("grp.getgrall() takes no arguments (%d given)" % len(args))
    return list(_entries())
