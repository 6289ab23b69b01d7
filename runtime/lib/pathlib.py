"""pathlib for Ember: path objects that only compute (pure) or also reach the file system.

Internally a path is (drive, root, tail): tail lists the components after the anchor. A
syntax object carries what differs between POSIX and Windows spellings. Concrete paths
exist for POSIX only. Results and messages follow CPython 3.11.
"""

import io
import os
import sys
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISBLK, S_ISCHR, S_ISFIFO, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]

# errnos that exists()/is_*() read as "not there" rather than as failures:
# ENOENT, EBADF, ENOTDIR, ELOOP.
_ABSENT_ERRNOS = frozenset((2, 9, 20, 40))
_ELOOP = 40

_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _percent_encode(raw):
    return "".join(chr(b) if b in _URI_SAFE else "%%%02X" % b for b in raw)


# ------------------------------------------------------------------------ spelling rules

class _PosixSyntax:
    sep = "/"
    altsep = ""
    drive_aware = False
    native = os.name != "nt"

    def split_anchor(self, text):
        # Exactly two leading slashes are kept (POSIX leaves their meaning open); one,
        # three or more become a single slash.
        if not text.startswith("/"):
            return "", "", text
        rest = text.lstrip("/")
        return "", "//" if len(text) - len(rest) == 2 else "/", rest

    def fold(self, text):
        return text

    def reserved(self, parts):
        return False

    def uri(self, path):
        return "file://" + _percent_encode(os.fsencode(str(path)))


class _WindowsSyntax:
    sep = "\\"
    altsep = "/"
    drive_aware = True
    native = os.name == "nt"
    _letters = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    _devices = frozenset(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
        + [kind + digit for kind in ("COM", "LPT") for digit in "123456789\xb9\xb2\xb3"])

    def split_anchor(self, text):
        # Expects backslashes only. Handles \\?\ (and \\?\UNC\) prefixes, UNC shares and
        # drive letters.
        prefix = ""
        if text.startswith("\\\\?\\"):
            prefix, text = text[:4], text[4:]
            if text.startswith("UNC\\"):
                prefix += "UNC"
                text = "\\" + text[3:]
        if text.startswith("\\\\") and text[2:3] != "\\":
            host_end = text.find("\\", 2)
            if host_end >= 0:
                share_end = text.find("\\", host_end + 1)
                if share_end != host_end + 1:
                    # \\host\share is the drive; an empty share name does not count.
                    if share_end < 0:
                        share_end = len(text)
                    drive = text[1:share_end] if prefix else text[:share_end]
                    return prefix + drive, "\\", text[share_end + 1:]
        drive = ""
        if text[1:2] == ":" and text[:1] in self._letters:
            drive, text = text[:2], text[2:]
        if text.startswith("\\"):
            return prefix + drive, "\\", text.lstrip("\\")
        return prefix + drive, "", text

    def fold(self, text):
        return text.lower()

    def reserved(self, parts):
        # Device names are reserved in any folder and with any extension; paths on a
        # UNC share never are.
        if not parts or parts[0].startswith("\\\\"):
            return False
        stem = parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return stem.upper() in self._devices

    def uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ":":
            rest = path.as_posix()[2:].lstrip("/")
            return "file:///%s/%s" % (drive, _percent_encode(rest.encode("utf-8")))
        return "file:" + _percent_encode(path.as_posix().encode("utf-8"))


_POSIX = _PosixSyntax()
_WINDOWS = _WindowsSyntax()


def _parse(syntax, texts):
    """Fold a sequence of strings into (drive, root, tail), as the constructor does:
    an anchored piece restarts the path; a root alone keeps the current drive."""
    drive = root = ""
    tail = []
    sep, altsep = syntax.sep, syntax.altsep
    for text in texts:
        if not text:
            continue
        if altsep:
            text = text.replace(altsep, sep)
        d, r, rest = syntax.split_anchor(text)
        if d:
            drive, root, tail = d, r, []
        elif r:
            root, tail = r, []
        if sep in rest:
            tail.extend([c for c in rest.split(sep) if c and c != "."])
        elif rest and rest != ".":
            tail.append(rest)
    return drive, root, tail


def _join(syntax, left, right):
    # Appending right to left, as "/" and joinpath() do.
    drive, root, tail = left
    drive2, root2, tail2 = right
    if root2:
        return drive2 or drive, root2, tail2
    if drive2 and syntax.fold(drive2) != syntax.fold(drive):
        return drive2, "", tail2
    return drive, root, tail + tail2


# ------------------------------------------------------------------------ glob matching

_ANY_CHAR = None


def _bracket(pattern, start):
    # Parse the class whose "[" sits just before start. Returns ((negated, spans), next
    # index) or None when it never closes (the "[" is then an ordinary character).
    scan = start
    if pattern[scan:scan + 1] == "!":
        scan += 1
    if pattern[scan:scan + 1] == "]":
        scan += 1  # a "]" right at the front is a member, not the end
    close = pattern.find("]", scan)
    if close < 0:
        return None
    body = pattern[start:close]
    negated = body.startswith("!")
    if negated:
        body = body[1:]
    spans = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            spans.append((body[k], body[k + 2]))
            k += 3
        else:
            spans.append((body[k], body[k]))
            k += 1
    return (negated, tuple(spans)), close + 1


def _glob_program(pattern):
    """A pattern as the runs of single-character tests between its stars."""
    runs = [[]]
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        i += 1
        if ch == "*":
            runs.append([])
        elif ch == "?":
            runs[-1].append(_ANY_CHAR)
        elif ch == "[":
            parsed = _bracket(pattern, i)
            if parsed is None:
                runs[-1].append("[")
            else:
                test, i = parsed
                runs[-1].append(test)
        else:
            runs[-1].append(ch)
    return runs


def _char_ok(test, ch):
    if test is _ANY_CHAR:
        return True
    if test.__class__ is str:
        return test == ch
    negated, spans = test
    for lo, hi in spans:
        if lo <= ch <= hi:
            return not negated
    return negated


def _run_at(run, text, pos):
    for offset, test in enumerate(run):
        if not _char_ok(test, text[pos + offset]):
            return False
    return True


def _glob_match(runs, text):
    # The first run is pinned to the start and the last to the end; the ones between are
    # placed as early as possible, which never loses a match.
    first, last = runs[0], runs[-1]
    if len(runs) == 1:
        return len(first) == len(text) and _run_at(first, text, 0)
    limit = len(text) - len(last)
    if len(first) > limit or not _run_at(first, text, 0) or not _run_at(last, text, limit):
        return False
    pos = len(first)
    for run in runs[1:-1]:
        while True:
            if pos + len(run) > limit:
                return False
            if _run_at(run, text, pos):
                break
            pos += 1
        pos += len(run)
    return True


def _fnmatchcase(name, pattern):
    return _glob_match(_glob_program(pattern), name)


def _has_magic(component):
    return any(ch in component for ch in "*?[")


# ------------------------------------------------------------------------ pure paths

class _PathParents:
    """Read-only sequence of a path's ancestors, nearest first."""

    __slots__ = ("_cls", "_drive", "_root", "_tail")

    def __init__(self, path):
        self._cls = type(path)
        self._drive = path._drv
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        count = len(self._tail)
        if isinstance(idx, slice):
            return tuple([self[i] for i in range(*idx.indices(count))])
        if not -count <= idx < count:
            raise IndexError(idx)
        keep = count - 1 - (idx % count)
        return self._cls._from_parsed_parts(self._drive, self._root, self._tail[:keep])

    def __iter__(self):
        for i in range(len(self._tail)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._cls.__name__)


def _split_ext(name):
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:
        return name[:dot], name[dot:]
    return name, ""


def _order_check(method):
    def compare(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return method(self._key, other._key)
    compare.__name__ = method.__name__
    return compare


class PurePath(object):
    """A path for string work only; the file system is never consulted."""

    __slots__ = ("_drv", "_root", "_tail", "_str", "_hash", "_key_cache", "_parts_cache")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return cls._from_parts(args)

    # -- construction helpers

    @classmethod
    def _strings(cls, args):
        texts = []
        for arg in args:
            if isinstance(arg, PurePath):
                texts.extend(arg.parts)
                continue
            arg = os.fspath(arg)
            if not isinstance(arg, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(arg))
            texts.append(str(arg))
        return texts

    @classmethod
    def _parse_args(cls, args):
        return _parse(cls._flavour, cls._strings(args))

    @classmethod
    def _from_parts(cls, args):
        return cls._from_parsed_parts(*cls._parse_args(args))

    @classmethod
    def _from_parsed_parts(cls, drv, root, tail):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._tail = tail
        return self

    def _make_child(self, args):
        joined = _join(self._flavour, (self._drv, self._root, self._tail),
                       self._parse_args(args))
        return self._from_parsed_parts(*joined)

    def _make_child_relpath(self, name):
        return self._from_parsed_parts(self._drv, self._root, self._tail + [name])

    def __reduce__(self):
        return (type(self), self.parts)

    # -- spellings

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            body = self._flavour.sep.join(self._tail)
            text = self._drv + self._root + body
            self._str = text or "."
            return self._str

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def as_posix(self):
        return str(self).replace(self._flavour.sep, "/")

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.uri(self)

    # -- comparison

    @property
    def _key(self):
        try:
            return self._key_cache
        except AttributeError:
            key = self.parts
            if self._flavour.drive_aware:
                key = tuple([p.lower() for p in key])
            self._key_cache = key
            return key

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._key == other._key

    def __hash__(self):
        cached = getattr(self, "_hash", None)
        if cached is None:
            cached = self._hash = hash(self._key)
        return cached

    __lt__ = _order_check(lambda a, b: a < b)
    __le__ = _order_check(lambda a, b: a <= b)
    __gt__ = _order_check(lambda a, b: a > b)
    __ge__ = _order_check(lambda a, b: a >= b)

    # -- components

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
    def parts(self):
        try:
            return self._parts_cache
        except AttributeError:
            anchor = self._drv + self._root
            self._parts_cache = ((anchor,) if anchor else ()) + tuple(self._tail)
            return self._parts_cache

    @property
    def name(self):
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        return _split_ext(self.name)[1]

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        return ["." + piece for piece in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        return _split_ext(self.name)[0]

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed_parts(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    # -- derived paths

    def _renamed(self, name):
        if not self._tail:
            raise ValueError("%r has an empty name" % (self,))
        return self._from_parsed_parts(self._drv, self._root, self._tail[:-1] + [name])

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        syntax = self._flavour
        drive, root, tail = _parse(syntax, (name,))
        if (not name or name[-1] in (syntax.sep, syntax.altsep) or drive or root
                or len(tail) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._renamed(name)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        syntax = self._flavour
        bad = syntax.sep in suffix or (syntax.altsep and syntax.altsep in suffix)
        if bad or suffix == "." or (suffix and not suffix.startswith(".")):
            raise ValueError("Invalid suffix %r" % (suffix))
        stem, old = _split_ext(self.name)
        return self._renamed((stem if old else self.name) + suffix)

    def joinpath(self, *args):
        return self._make_child(args)

    # Operands that are not path-like make "/" fall back to the other side.

    def __truediv__(self, key):
        try:
            joined = self._make_child((key,))
        except TypeError:
            joined = NotImplemented
        return joined

    def __rtruediv__(self, key):
        try:
            joined = self._from_parts((key,) + self.parts)
        except TypeError:
            joined = NotImplemented
        return joined

    def _anchored_list(self, drive, root, tail):
        # Drive and root as separate leading entries, for prefix comparison.
        if root:
            return [drive, root] + tail
        return ([drive] if drive else []) + tail

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        mine = self._anchored_list(self._drv, self._root, self._tail)
        o_drive, o_root, o_tail = self._parse_args(other)
        base = self._anchored_list(o_drive, o_root, o_tail)
        n = len(base)
        if n == 0:
            ok = not (self._drv or self._root)
        elif self._flavour.drive_aware:
            ok = [p.lower() for p in mine[:n]] == [p.lower() for p in base]
        else:
            ok = mine[:n] == base
        if not ok:
            shown = o_drive + o_root + self._flavour.sep.join(o_tail)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), shown))
        rest = mine[n:]
        if n == 1 and self._root:
            # Only a bare drive was removed: the root stays.
            return self._from_parsed_parts("", self._root, rest[1:])
        return self._from_parsed_parts("", "", rest)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    # -- predicates

    def is_absolute(self):
        if self._flavour.drive_aware:
            return bool(self._drv and self._root)
        return bool(self._root)

    def is_reserved(self):
        return self._flavour.reserved(self.parts)

    def match(self, path_pattern):
        syntax = self._flavour
        fold = syntax.fold
        p_drive, p_root, p_tail = _parse(syntax, (fold(path_pattern),))
        if not (p_drive or p_root or p_tail):
            raise ValueError("empty pattern")
        if p_drive and p_drive != fold(self._drv):
            return False
        if p_root and p_root != fold(self._root):
            return False
        mine = self._key
        if p_drive or p_root:
            # An anchored pattern must cover the whole path.
            if len(p_tail) + 1 != len(mine):
                return False
        elif len(p_tail) > len(mine):
            return False
        # Compared from the right; for short patterns the anchor itself can be matched.
        for part, pat in zip(reversed(mine), reversed(p_tail)):
            if not _fnmatchcase(part, pat):
                return False
        return True


try:
    os.PathLike.register(PurePath)
except AttributeError:
    # No ABC registration available: __fspath__ still makes it path-like.
    pass


class PurePosixPath(PurePath):
    """Pure path with POSIX rules."""

    _flavour = _POSIX
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Pure path with Windows rules: drives, UNC shares, both slashes, no case."""

    _flavour = _WINDOWS
    __slots__ = ()


# ------------------------------------------------------------------------ globbing

def _listing(folder):
    try:
        with os.scandir(folder) as it:
            return list(it)
    except OSError:
        return []


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as exc:
        if exc.errno not in _ABSENT_ERRNOS:
            raise
        return False


def _subtrees(top):
    # top and every directory under it, pre-order; symlinked directories are not entered.
    yield top
    for entry in _listing(top):
        if _entry_is_dir(entry) and not entry.is_symlink():
            yield from _subtrees(top._make_child_relpath(entry.name))


def _walk_pattern(start, comps, at):
    """Paths under start matching comps[at:], depth first in listing order."""
    if at == len(comps):
        yield start
        return
    comp = comps[at]
    more = at + 1 < len(comps)
    if comp == "":
        # A trailing "/" asks for directories, which start already is.
        yield start
        return
    if comp == "**":
        seen = set()
        for folder in _subtrees(start):
            for hit in _walk_pattern(folder, comps, at + 1):
                if hit not in seen:
                    seen.add(hit)
                    yield hit
        return
    if "**" in comp:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if not _has_magic(comp):
        child = start._make_child_relpath(comp)
        if child.is_dir() if more else child.exists():
            yield from _walk_pattern(child, comps, at + 1)
        return
    runs = _glob_program(comp)
    for entry in _listing(start):
        if more and not _entry_is_dir(entry):
            continue
        if _glob_match(runs, entry.name):
            yield from _walk_pattern(start._make_child_relpath(entry.name), comps, at + 1)


# ------------------------------------------------------------------------ concrete paths

class Path(PurePath):
    """A path that can also be used on the file system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.native:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    # -- queries

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def _mode_is(self, test, follow=True):
        try:
            mode = self.stat(follow_symlinks=follow).st_mode
        except ValueError:
            return False  # a name the system cannot take (an embedded NUL)
        except OSError as exc:
            # Missing, or a path through a non-directory or a symlink loop: False.
            if getattr(exc, "errno", None) in _ABSENT_ERRNOS:
                return False
            raise
        return test(mode)

    def exists(self):
        return self._mode_is(lambda mode: True)

    def is_dir(self):
        return self._mode_is(S_ISDIR)

    def is_file(self):
        return self._mode_is(S_ISREG)

    def is_symlink(self):
        return self._mode_is(S_ISLNK, follow=False)

    def is_block_device(self):
        return self._mode_is(S_ISBLK)

    def is_char_device(self):
        return self._mode_is(S_ISCHR)

    def is_fifo(self):
        return self._mode_is(S_ISFIFO)

    def is_socket(self):
        return self._mode_is(S_ISSOCK)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        up = self.parent
        try:
            up_info = up.stat()
        except OSError:
            return False
        here = self.stat()
        # A different device below, or the root (its own parent), marks a mount point.
        return here.st_dev != up_info.st_dev or here.st_ino == up.stat().st_ino

    def samefile(self, other_path):
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = type(self)(other_path).stat()
        return os.path.samestat(mine, theirs)

    # -- directory listing and globbing

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _pattern_components(self, pattern):
        drive, root, comps = _parse(self._flavour, (pattern,))
        if drive or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == self._flavour.sep:
            comps.append("")
        return comps

    def glob(self, pattern):
        """Yield the paths below this one matching the relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        comps = self._pattern_components(pattern)
        if self.is_dir():
            yield from _walk_pattern(self, comps, 0)

    def rglob(self, pattern):
        """glob() at any depth, as if the pattern began with "**/"."""
        comps = ["**"] + self._pattern_components(pattern)
        if self.is_dir():
            yield from _walk_pattern(self, comps, 0)

    # -- names

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts((os.getcwd(),) + tuple(self._tail))

    def resolve(self, strict=False):
        def loop_check(exc):
            if getattr(exc, "errno", None) == _ELOOP:
                raise RuntimeError("Symlink loop from %r" % exc.filename)

        try:
            real = os.path.realpath(self, strict=strict)
        except OSError as exc:
            loop_check(exc)
            raise
        result = self._from_parts((real,))
        if not strict:
            try:
                result.stat()
            except OSError as exc:
                loop_check(exc)
        return result

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def expanduser(self):
        tail = self._tail
        if self._drv or self._root or not tail or not tail[0].startswith("~"):
            return self
        home = os.path.expanduser(tail[0])
        if home.startswith("~"):
            raise RuntimeError("Could not determine home directory.")
        return self._from_parts((home,) + tuple(tail[1:]))

    # -- file contents

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open("rb") as stream:
            return stream.read()

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as stream:
            return stream.read()

    def write_bytes(self, data):
        # CPython goes through memoryview(); Ember accepts bytes and bytearray and
        # reports anything else the same way.
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open("wb") as stream:
            return stream.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as stream:
            return stream.write(data)

    # -- changing the file system

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass  # probably missing: create it below
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        # Only reached for a missing parent with parents=True.
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if missing_ok:
                return
            raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)


class PosixPath(Path, PurePosixPath):
    """Concrete path on a POSIX system."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Concrete Windows path; cannot be created on POSIX."""

    __slots__ = ()
