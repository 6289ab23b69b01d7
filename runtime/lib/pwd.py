"""The Unix password database, read from /etc/passwd.

Each entry is a struct_passwd: a 7-tuple (pw_name, pw_passwd, pw_uid, pw_gid,
pw_gecos, pw_dir, pw_shell) whose items are also attributes.  The ids are ints,
everything else str.  Lookups that find nothing raise KeyError.

CPython asks the C library (getpwuid and friends); Ember reads the file itself,
line by line in the order the C library's "files" source does, each call.
"""

import _structseq

_PASSWD_FILE = "/etc/passwd"
_ID_MASK = 0xFFFFFFFF          # uid_t is 32 bits; (uid_t)-1 reads back as -1

struct_passwd = _structseq.structseq(
    "pwd", "struct_passwd",
    ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"], 7)
struct_passwd.__doc__ = """pwd.struct_passwd: an entry of the password database.

A tuple (pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell)
whose items can also be read as the attributes of those names."""


def _number(text):
    # A decimal id field as the C library reads it; None when it is not one.
    text = text.strip()
    if not text.isdigit() or not text.isascii():
        return None
    return int(text) & _ID_MASK


def _decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("utf-8", "surrogateescape")
    except UnicodeDecodeError:
        # A runtime whose str cannot hold lone surrogates.
        return raw.decode("latin-1")


def _database_lines(path):
    """The entries of a colon-separated system database (/etc/passwd, /etc/group) as
    str lines: blank lines, comments and NIS '+'/'-' lines skipped. grp reads its file
    with this too."""
    try:
        f = open(path, "rb")
    except OSError:
        return
    with f:
        for raw in f:
            line = _decode(raw).rstrip("\n").lstrip(" \t")
            if line and line[0] != "#" and line[0] not in "+-":
                yield line


def _entries():
    for line in _database_lines(_PASSWD_FILE):
        fields = line.split(":", 6)
        if len(fields) < 7:
            # The C library fills in the missing trailing strings.
            if len(fields) < 4:
                continue
            fields += [""] * (7 - len(fields))
        uid = _number(fields[2])
        gid = _number(fields[3])
        if uid is None or gid is None:
            continue
        yield struct_passwd((fields[0], fields[1], uid, gid,
                             fields[4], fields[5], fields[6]))


def _uid_from(obj):
    # The uid an argument names, checked the way CPython converts a uid_t:
    # OverflowError for what no uid can be, -1 standing for (uid_t)-1.
    try:
        value = int(obj) if isinstance(obj, int) else type(obj).__index__(obj)
    except (AttributeError, TypeError):
        raise TypeError("uid should be integer, not %s" % type(obj).__name__) from None
    if value == -1:
        return _ID_MASK
    if value < 0 or value > _ID_MASK:
        raise OverflowError
    return value


def _show_id(uid):
    return -1 if uid == _ID_MASK else uid


def _one_argument(fname, args, kwargs):
    if kwargs:
        raise TypeError("pwd.%s() takes no keyword arguments" % fname)
    if len(args) != 1:
        raise TypeError("pwd.%s() takes exactly one argument (%d given)"
                        % (fname, len(args)))
    return args[0]


def getpwuid(*args, **kwargs):
    """getpwuid(uid) -> the password database entry of the numeric user id uid.

    Raises KeyError when there is none."""
    uidobj = _one_argument("getpwuid", args, kwargs)
    try:
        uid = _uid_from(uidobj)
    except OverflowError:
        raise KeyError("getpwuid(): uid not found") from None
    for entry in _entries():
        if entry[2] == uid:
            return entry
    raise KeyError("getpwuid(): uid not found: %d" % _show_id(uid))


def getpwnam(*args, **kwargs):
    """getpwnam(name) -> the password database entry of the user called name.

    Raises KeyError when there is none."""
    name = _one_argument("getpwnam", args, kwargs)
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    if "\x00" in name:
        raise ValueError("embedded null byte")
    for entry in _entries():
        if entry[0] == name:
            return entry
    raise KeyError("getpwnam(): name not found: %r" % (name,))


def getpwall(*args, **kwargs):
    """getpwall() -> a list of every password database entry, in file order."""
    if kwargs:
        raise TypeError("pwd.getpwall() takes no keyword arguments")
    if args:
        raise TypeError("pwd.getpwall() takes no arguments (%d given)" % len(args))
    return list(_entries())
