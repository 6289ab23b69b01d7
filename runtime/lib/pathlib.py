"""Object-oriented filesystem paths (Ember's own implementation).

A path is kept as (drive, root, parts): parts[0] is the anchor (drive + root) when there
is one. A flavour object holds what differs between POSIX and Windows spellings. Pure
paths only compute; concrete Path objects (POSIX only) also touch the filesystem through
the os module. Behaviour and messages follow CPython 3.11's pathlib.
"""

import io
import os
import posixpath
import sys
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISBLK, S_ISCHR, S_ISFIFO, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]

# errno values that mean "there is nothing there" for exists()/is_dir() and friends:
# ENOENT, ENOTDIR, EBADF, ELOOP.
_IGNORED_ERRNOS = (2, 20, 9, 40)


def _ignore_error(e):
    return getattr(e, "errno", None) in _IGNORED_ERRNOS


def _quote_uri(data):
    # Percent-encoding of everything but unreserved characters and "/".
    safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"
    return "".join(chr(b) if chr(b) in safe else "%%%02X" % b for b in data)


class _Flavour:
    """How one family of systems spells paths: separators, anchors, case rules."""

    def parse_parts(self, parts):
        # Later anchored parts discard everything before them, so scan from the right.
        parsed = []
        sep = self.sep
        altsep = self.altsep
        drv = root = ""
        it = reversed(parts)
        for part in it:
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            drv, root, rel = self.splitroot(part)
            if sep in rel:
                for x in reversed(rel.split(sep)):
                    if x and x != ".":
                        parsed.append(sys.intern(x))
            elif rel and rel != ".":
                parsed.append(sys.intern(rel))
            if drv or root:
                if not drv:
                    # A rooted part without a drive takes the drive of an earlier part.
                    for part in it:
                        if not part:
                            continue
                        if altsep:
                            part = part.replace(altsep, sep)
                        drv = self.splitroot(part)[0]
                        if drv:
                            break
                break
        if drv or root:
            parsed.append(drv + root)
        parsed.reverse()
        return drv, root, parsed

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                # The same drive: the second path is relative to the first.
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2

    def format_parsed_parts(self, drv, root, parts):
        if drv or root:
            return drv + root + self.sep.join(parts[1:])
        return self.sep.join(parts)


class _PosixFlavour(_Flavour):
    sep = "/"
    altsep = ""
    has_drv = False
    is_supported = os.name != "nt"

    def splitroot(self, part, sep="/"):
        # POSIX keeps exactly two leading slashes (implementation-defined meaning); any
        # other number collapses to one.
        if part and part[0] == sep:
            stripped = part.lstrip(sep)
            if len(part) - len(stripped) == 2:
                return "", sep * 2, stripped
            return "", sep, stripped
        return "", "", part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return "file://" + _quote_uri(os.fsencode(str(path)))


class _WindowsFlavour(_Flavour):
    sep = "\\"
    altsep = "/"
    has_drv = True
    is_supported = os.name == "nt"
    drive_letters = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    ext_namespace_prefix = "\\\\?\\"
    reserved_names = (
        {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} |
        {"COM%s" % c for c in "123456789\xb9\xb2\xb3"} |
        {"LPT%s" % c for c in "123456789\xb9\xb2\xb3"}
    )

    def splitroot(self, part, sep="\\"):
        first = part[0:1]
        second = part[1:2]
        if second == sep and first == sep:
            # An extended path (\\?\...) keeps its prefix in the drive.
            prefix, part = self._split_extended_path(part)
            first = part[0:1]
            second = part[1:2]
        else:
            prefix = ""
        third = part[2:3]
        if second == sep and first == sep and third != sep:
            # A UNC path: \\machine\share\rest, the drive being \\machine\share.
            index = part.find(sep, 2)
            if index != -1:
                index2 = part.find(sep, index + 1)
                if index2 != index + 1:
                    if index2 == -1:
                        index2 = len(part)
                    if prefix:
                        return prefix + part[1:index2], sep, part[index2 + 1:]
                    return part[:index2], sep, part[index2 + 1:]
        drv = root = ""
        if second == ":" and first in self.drive_letters:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def _split_extended_path(self, s, ext_prefix=ext_namespace_prefix):
        prefix = ""
        if s.startswith(ext_prefix):
            prefix = s[:4]
            s = s[4:]
            if s.startswith("UNC\\"):
                prefix += s[:3]
                s = "\\" + s[3:]
        return prefix, s

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def is_reserved(self, parts):
        # Device names (NUL, COM1, ...) are reserved in every directory, whatever the
        # extension; UNC paths are never reserved.
        if not parts:
            return False
        if parts[0].startswith("\\\\"):
            return False
        name = parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in self.reserved_names

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ":":
            rest = path.as_posix()[2:].lstrip("/")
            return "file:///%s/%s" % (drive, _quote_uri(rest.encode("utf-8")))
        return "file:" + _quote_uri(path.as_posix().encode("utf-8"))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


def _parse_parts(parts):
    return _posix_flavour.parse_parts(parts)


def _translate_class(pat, i):
    # The character class starting after "[" at pat[i]: (matcher list, index after "]"),
    # or None when there is no closing bracket (then "[" is literal).
    n = len(pat)
    j = i
    negate = False
    if j < n and pat[j] == "!":
        negate = True
        j += 1
    start = j
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    if j >= n:
        return None
    body = pat[start:j]
    ranges = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            ranges.append((body[k], body[k + 2]))
            k += 3
        else:
            ranges.append((body[k], body[k]))
            k += 1
    return (negate, ranges), j + 1


def _compile_pattern(pat):
    # A glob pattern as a list of tokens: ("*",), ("?",), ("[", negate, ranges), ("lit", s).
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] != ("*",):
                tokens.append(("*",))
        elif c == "?":
            tokens.append(("?",))
        elif c == "[":
            cls = _translate_class(pat, i)
            if cls is None:
                tokens.append(("lit", "["))
            else:
                (negate, ranges), i = cls
                tokens.append(("[", negate, ranges))
        else:
            tokens.append(("lit", c))
    return tokens


def _match_tokens(tokens, name, ti=0, ni=0):
    while ti < len(tokens):
        tok = tokens[ti]
        kind = tok[0]
        if kind == "*":
            if ti == len(tokens) - 1:
                return True
            for k in range(ni, len(name) + 1):
                if _match_tokens(tokens, name, ti + 1, k):
                    return True
            return False
        if ni >= len(name):
            return False
        c = name[ni]
        if kind == "lit":
            if c != tok[1]:
                return False
        elif kind == "[":
            inside = any(lo <= c <= hi for lo, hi in tok[2])
            if inside == tok[1]:
                return False
        # "?" matches any one character.
        ti += 1
        ni += 1
    return ni == len(name)


def _fnmatchcase(name, pat):
    return _match_tokens(_compile_pattern(pat), name)


def _is_wildcard_pattern(pat):
    return "*" in pat or "?" in pat or "[" in pat


class _PathParents:
    """The logical ancestors of a path, as an immutable sequence."""

    __slots__ = ("_pathcls", "_drv", "_root", "_parts")

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """A filesystem path that is only computed with, never looked up."""

    __slots__ = ("_drv", "_root", "_parts", "_str", "_hash", "_pparts", "_cached_cparts")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    parts.append(str(a))
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
        return cls._flavour.parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(self._drv, self._root,
                                                           self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._flavour.format_parsed_parts(self._drv, self._root,
                                                          self._parts) or "."
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._flavour.sep, "/")

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        # The parts as compared: lower-cased where the flavour ignores case.
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ""
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = f.parse_parts((name,))
        if not name or name[-1] in [f.sep, f.altsep] or drv or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._flavour.format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts("", root if n == 1 else "", abs_parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatchcase(part, pat):
                return False
        return True


try:
    os.PathLike.register(PurePath)
except AttributeError:
    # Without ABC registration, isinstance() still sees __fspath__.
    pass


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""

    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows semantics: drives, UNC shares, either slash, any case."""

    _flavour = _windows_flavour
    __slots__ = ()


# ---------------------------------------------------------------------------------- globbing

def _select(parent, parts, index, seen):
    # Paths under parent that match parts[index:], in directory-listing order.
    if index == len(parts):
        yield parent
        return
    pat = parts[index]
    rest_dironly = index + 1 < len(parts)
    if pat == "**":
        for d in _walk_dirs(parent):
            for p in _select(d, parts, index + 1, seen):
                key = str(p)
                if key not in seen:
                    seen.add(key)
                    yield p
        return
    if "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if pat == "":
        # A pattern ending in "/" matches directories only.
        if parent.is_dir():
            yield parent
        return
    if not _is_wildcard_pattern(pat):
        child = parent._make_child_relpath(pat)
        if (child.is_dir() if rest_dironly else child.exists()):
            yield from _select(child, parts, index + 1, seen)
        return
    tokens = _compile_pattern(pat)
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return
    for entry in entries:
        if rest_dironly:
            try:
                if not entry.is_dir():
                    continue
            except OSError:
                continue
        name = entry.name
        if _match_tokens(tokens, name):
            yield from _select(parent._make_child_relpath(name), parts, index + 1, seen)


def _walk_dirs(path):
    # path, then every directory below it (depth first, not following symlinks).
    yield path
    try:
        entries = list(os.scandir(path))
    except OSError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir() and not entry.is_symlink()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk_dirs(path._make_child_relpath(entry.name))


class Path(PurePath):
    """A path that can also be looked up on the filesystem."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _glob_parts(self, pattern):
        drv, root, parts = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == "/":
            parts.append("")
        return parts

    def glob(self, pattern):
        """Paths below this one that match the relative pattern ("**" spans directories)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = self._glob_parts(pattern)
        if not self.is_dir():
            return iter([])
        return _select(self, parts, 0, set())

    def rglob(self, pattern):
        """Like glob() with "**/" in front of the pattern."""
        parts = ["**"] + self._glob_parts(pattern)
        if not self.is_dir():
            return iter([])
        return _select(self, parts, 0, set())

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        def check_eloop(e):
            if getattr(e, "errno", None) == 40:
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        # Only bytes-like data is accepted (Ember has no memoryview: bytes and bytearray).
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open(mode="wb") as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # A directory that already exists is fine when exist_ok; anything else is not.
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def _test_mode(self, check, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return check(st.st_mode)

    def exists(self):
        return self._test_mode(lambda m: True)

    def is_dir(self):
        return self._test_mode(S_ISDIR)

    def is_file(self):
        return self._test_mode(S_ISREG)

    def is_symlink(self):
        return self._test_mode(S_ISLNK, follow=False)

    def is_block_device(self):
        return self._test_mode(S_ISBLK)

    def is_char_device(self):
        return self._test_mode(S_ISCHR)

    def is_fifo(self):
        return self._test_mode(S_ISFIFO)

    def is_socket(self):
        return self._test_mode(S_ISSOCK)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def expanduser(self):
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == "~":
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path: it cannot be made on a POSIX system."""

    __slots__ = ()
