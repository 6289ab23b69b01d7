"""Filename globbing (Ember): glob, iglob, escape and has_magic, over os.scandir and fnmatch."""

import fnmatch
import itertools
import os
import re

__all__ = ["glob", "iglob", "escape"]

# One of these characters makes a path component a pattern rather than a literal name.
magic_check = re.compile("([*?[])")
magic_check_bytes = re.compile(b"([*?[])")


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching the pattern pathname, as a list (in directory order)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching the pattern pathname, as an iterator.

    With root_dir, matching happens below that directory and the results are
    relative to it; with recursive, a '**' component spans any number of levels."""
    root = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _expand(pathname, root, recursive, include_hidden, False)
    if not pathname or (recursive and _is_double_star(pathname[:2])):
        # A leading '**' first produces the empty relative path, which is no result.
        first = next(found, None)
        if first:
            found = itertools.chain((first,), found)
    return found


def _expand(pattern, root, recursive, hidden, only_dirs):
    # Generator of the matches of pattern, relative to root (empty root: the cwd).
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        # A literal path matches itself if it exists; 'dir/' needs a directory.
        if tail:
            present = os.path.lexists(_join(root, pattern))
        else:
            present = os.path.isdir(_join(root, head))
        if present:
            yield pattern
        return
    in_dir = _matcher_for(tail, recursive)
    if not head:
        yield from in_dir(root, tail, only_dirs, hidden)
        return
    if head != pattern and has_magic(head):
        # Every directory the parent pattern matches is searched in turn.
        parents = _expand(head, root, recursive, hidden, True)
    else:
        parents = (head,)
    for parent in parents:
        for name in in_dir(_join(root, parent), tail, only_dirs, hidden):
            yield os.path.join(parent, name)


def _matcher_for(component, recursive):
    # How one path component selects names inside a directory.
    if not has_magic(component):
        return _literal
    if recursive and _is_double_star(component):
        return _recursive
    return _wildcard


def _literal(dirpath, name, only_dirs, hidden=False):
    if not name:
        # An empty last component comes from a trailing separator.
        return [name] if os.path.isdir(dirpath) else []
    return [name] if os.path.lexists(_join(dirpath, name)) else []


def _wildcard(dirpath, pattern, only_dirs, hidden=False):
    names = _names_in(dirpath, only_dirs)
    # Dot-files match only a pattern that itself starts with a dot, unless asked for.
    if not (hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _recursive(dirpath, pattern, only_dirs, hidden=False):
    # '**' matches the directory itself (the empty path) and everything below it.
    yield pattern[:0]
    yield from _walk(dirpath, only_dirs, hidden)


def _walk(top, only_dirs, hidden):
    # Depth first, each entry before its contents, in directory order; an explicit
    # stack of listings stands in for recursion.
    listings = [iter(_names_in(top, only_dirs))]
    prefixes = [top[:0]]
    while listings:
        name = next(listings[-1], None)
        if name is None:
            listings.pop()
            prefixes.pop()
            continue
        if not hidden and _is_hidden(name):
            continue
        rel = _join(prefixes[-1], name)
        yield rel
        listings.append(iter(_names_in(_join(top, rel), only_dirs)))
        prefixes.append(rel)


def _names_in(dirpath, only_dirs):
    # The entry names of a directory; a missing or unreadable one has none.
    if not dirpath:
        dirpath = os.curdir if isinstance(dirpath, str) else os.curdir.encode("ascii")
    names = []
    try:
        with os.scandir(dirpath) as entries:
            for entry in entries:
                if only_dirs and not _entry_is_dir(entry):
                    continue
                names.append(entry.name)
    except OSError:
        pass
    return names


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


def _join(dirpath, name):
    # os.path.join, except that an empty side leaves the other unchanged.
    if dirpath and name:
        return os.path.join(dirpath, name)
    return dirpath or name


def _is_hidden(name):
    return name[0] in (".", 46)


def _is_double_star(component):
    return component == (b"**" if isinstance(component, bytes) else "**")


def has_magic(s):
    checker = magic_check_bytes if isinstance(s, bytes) else magic_check
    return checker.search(s) is not None


def glob0(dirname, pattern):
    return _literal(dirname, pattern, False)


def glob1(dirname, pattern):
    return _wildcard(dirname, pattern, False)


def escape(pathname):
    """pathname with each of '*', '?' and '[' bracketed so it matches literally."""
    # The drive (e.g. '//?/c:/') is left alone: its '?' is not a wildcard.
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        return drive + magic_check_bytes.sub(rb"[\1]", rest)
    return drive + magic_check.sub(r"[\1]", rest)
