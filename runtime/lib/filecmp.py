"""Comparing files and directories.

cmp(f1, f2, shallow=True) tells whether two files are the same (by their stat
signature when shallow, else by contents); cmpfiles() sorts a list of names
common to two directories into same, different and unreadable; dircmp compares
two directory trees lazily, working out each attribute when first asked for.
Results of full comparisons are cached until the files' stat signatures change.
"""

import os
import stat
from types import GenericAlias

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ["RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs",
                   "__pycache__"]

# (f1, f2, signature1, signature2) -> whether the contents are equal.
_cache = {}
_CACHE_LIMIT = 100


def clear_cache():
    """Forget the remembered results of content comparisons."""
    _cache.clear()


def _signature(st):
    # File type, size and modification time.
    return stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime


def cmp(f1, f2, shallow=True):
    """Whether the files f1 and f2 are the same.

    Only regular files can be the same. With shallow true, equal stat
    signatures (type, size, mtime) are enough; otherwise, and when the
    signatures differ, files of one size are compared byte by byte."""
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    same = _cache.get(key)
    if same is None:
        same = _same_bytes(f1, f2)
        if len(_cache) > _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = same
    return same


def _same_bytes(f1, f2):
    with open(f1, "rb") as one, open(f2, "rb") as two:
        while True:
            block = one.read(BUFSIZE)
            if block != two.read(BUFSIZE):
                return False
            if not block:
                return True


def cmpfiles(a, b, common, shallow=True):
    """Compares the files named in common in directories a and b; gives three
    lists of names: same, different, and those that could not be compared."""
    same, different, trouble = [], [], []
    for name in common:
        try:
            equal = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except OSError:
            trouble.append(name)
            continue
        (same if equal else different).append(name)
    return same, different, trouble


class dircmp:
    """The comparison of directories a and b: dircmp(a, b, ignore=None, hide=None).

    Names in ignore (default DEFAULT_IGNORES) and hide (default os.curdir and
    os.pardir) are left out. The attributes are computed when first used:
    left_list, right_list, common, left_only, right_only, common_dirs,
    common_files, common_funny, same_files, diff_files, funny_files, and
    subdirs (a dircmp of the same class for each common subdirectory).
    report(), report_partial_closure() and report_full_closure() print them."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        """Lists both directories (left_list, right_list), sorted."""
        skip = self.hide + self.ignore
        self.left_list = sorted(n for n in os.listdir(self.left) if n not in skip)
        self.right_list = sorted(n for n in os.listdir(self.right) if n not in skip)

    def phase1(self):
        """Splits the names into common, left_only and right_only."""
        norm = os.path.normcase
        left = {norm(n): n for n in self.left_list}
        right = {norm(n): n for n in self.right_list}
        self.common = [name for key, name in left.items() if key in right]
        self.left_only = [name for key, name in left.items() if key not in right]
        self.right_only = [name for key, name in right.items() if key not in left]

    def phase2(self):
        """Sorts the common names into directories, files and the rest."""
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            kinds = []
            for top in (self.left, self.right):
                try:
                    kinds.append(stat.S_IFMT(os.stat(os.path.join(top, name)).st_mode))
                except OSError:
                    kinds.append(None)
            kind_a, kind_b = kinds
            if kind_a is None or kind_b is None or kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        """Compares the common files (same_files, diff_files, funny_files)."""
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        """Makes a dircmp for each common subdirectory (subdirs)."""
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = type(self)(os.path.join(self.left, name),
                                            os.path.join(self.right, name),
                                            self.ignore, self.hide)

    def phase4_closure(self):
        """phase4 here and in every subdirectory below."""
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        """Prints the differences between the two directories."""
        print("diff", self.left, self.right)
        for label, attr in (("Only in %s :" % self.left, "left_only"),
                            ("Only in %s :" % self.right, "right_only"),
                            ("Identical files :", "same_files"),
                            ("Differing files :", "diff_files"),
                            ("Trouble with common files :", "funny_files"),
                            ("Common subdirectories :", "common_dirs"),
                            ("Common funny cases :", "common_funny")):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(label, names)

    def report_partial_closure(self):
        """report() here, then for each common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report() here and, recursively, in all common subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        # Only reached for attributes not computed yet.
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], "r")
    if len(args) != 2:
        raise getopt.GetoptError("need exactly two args", None)
    comparison = dircmp(args[0], args[1])
    if ("-r", "") in options:
        comparison.report_full_closure()
    else:
        comparison.report()


if __name__ == "__main__":
    demo()
