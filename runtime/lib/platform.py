"""platform: what machine, system and Python this is (from os.uname and sys)."""

import os
import sys
from collections import namedtuple

__all__ = ["system", "node", "release", "version", "machine", "processor", "uname",
           "platform", "architecture", "python_version", "python_version_tuple",
           "python_implementation", "python_compiler", "python_build", "python_branch",
           "python_revision", "libc_ver", "mac_ver", "win32_ver", "java_ver", "freedesktop_os_release"]

class uname_result(namedtuple("uname_result_base", "system node release version machine")):
    """uname()'s result: five items stored, with `processor` computed on demand as a sixth
    (iteration, indexing and len() include it; repr and comparison do not)."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return (*tuple.__iter__(self), self.processor)[key]

    def __len__(self):
        return tuple.__len__(self) + 1

    @classmethod
    def _make(cls, iterable):
        # A sixth (processor) item is accepted and dropped: it is always computed.
        return cls.__new__(cls, *tuple(iterable)[:5])

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

_uname_cache = None


def uname():
    """(system, node, release, version, machine) of this machine."""
    global _uname_cache
    if _uname_cache is None:
        try:
            u = os.uname()
            _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
        except AttributeError:
            _uname_cache = uname_result("", "", "", "", "")
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    """The processor name; as CPython on Linux, often empty (it reads `uname -p`)."""
    return ""


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of the interpreter's build: 64-bit ELF here."""
    if not bits:
        bits = "%dbit" % (8 * (sys.maxsize.bit_length() + 1) // 8)
    if not linkage and sys.platform.startswith("linux"):
        linkage = "ELF"
    return bits, linkage


def python_version_tuple():
    v = sys.version_info
    return (str(v.major), str(v.minor), str(v.micro))


def python_version():
    return ".".join(python_version_tuple())


def python_implementation():
    """The implementation's name ('CPython', 'PyPy', ... and here 'Ember')."""
    return "Ember"


def python_compiler():
    return "rustc"


def python_build():
    return ("ember", "")


def python_branch():
    return ""


def python_revision():
    return ""


_glibc_version = None


def _loaded_glibc_version():
    """The version of the C library this process runs on: CPython asks confstr for it; here
    it is read from the banner inside the libc.so mapped into the process ("... release
    version 2.36")."""
    global _glibc_version
    if _glibc_version is None:
        _glibc_version = ""
        try:
            with open("/proc/self/maps", encoding="utf-8") as f:
                paths = [line.split()[-1] for line in f if "/libc.so" in line or "/libc-" in line]
            if paths:
                with open(paths[0], "rb") as f:
                    data = f.read()
                at = data.find(b"release version ")
                if at >= 0:
                    at += 16
                    end = at
                    while end < len(data) and data[end] in b"0123456789.":
                        end += 1
                    _glibc_version = data[at:end].rstrip(b".").decode("ascii")
        except (OSError, ValueError):
            pass
    return _glibc_version


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    if executable is None and sys.platform.startswith("linux"):
        found = _loaded_glibc_version()
        if found:
            return ("glibc", found)
        return ("glibc", "")
    return (lib, version)


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release)."""
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            info[key] = value
        return info
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")


def platform(aliased=False, terse=False):
    """One string naming the platform, as CPython forms it on Linux."""
    u = uname()
    if terse and u.system != "Linux":
        return "%s-%s" % (u.system, u.release)
    libc = libc_ver()
    return "-".join(x for x in (u.system, u.release, u.machine, "with", "".join(libc)) if x)
