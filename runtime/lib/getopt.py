"""getopt: C-style command-line option parsing (Ember's implementation).

getopt(args, shortopts, longopts=[]) -> (opts, rest), where opts is a list of
(option, value) pairs ('-x' / '--name', value '' when it takes none). Short options
are letters of `shortopts`, a ':' after one meaning it takes a value; long options are
names in `longopts`, a trailing '=' meaning it takes a value; a long option may be
abbreviated to any unique prefix. getopt() stops at the first non-option argument,
gnu_getopt() lets options and arguments mix (unless shortopts starts with '+' or
POSIXLY_CORRECT is set). '--' ends the options.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg


error = GetoptError


def _as_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def _short_takes_value(opt, shortopts):
    pos = shortopts.find(opt) if opt != ":" else -1
    if pos < 0:
        raise GetoptError(f"option -{opt} not recognized", opt)
    return shortopts[pos + 1:pos + 2] == ":"


def _long_lookup(name, longopts):
    """(takes_value, full_name) for a long option given as `name` (maybe a prefix)."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError(f"option --{name} not recognized", name)
    if name in candidates:
        return False, name
    if name + "=" in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError(f"option --{name} not a unique prefix", name)
    full = candidates[0]
    if full.endswith("="):
        return True, full[:-1]
    return False, full


def _do_long(opts, text, longopts, args):
    name, eq, value = text.partition("=")
    takes, full = _long_lookup(name, longopts)
    if takes:
        if not eq:
            if not args:
                raise GetoptError(f"option --{full} requires argument", full)
            value, args = args[0], args[1:]
    elif eq:
        raise GetoptError(f"option --{full} must not have an argument", full)
    else:
        value = ""
    opts.append(("--" + full, value))
    return opts, args


def _do_shorts(opts, letters, shortopts, args):
    while letters:
        opt, letters = letters[0], letters[1:]
        if _short_takes_value(opt, shortopts):
            if not letters:
                if not args:
                    raise GetoptError(f"option -{opt} requires argument", opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ""
        else:
            value = ""
        opts.append(("-" + opt, value))
    return opts, args


def getopt(args, shortopts, longopts=[]):
    longopts = _as_list(longopts)
    args = list(args)
    opts = []
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            args = args[1:]
            break
        head, args = args[0], args[1:]
        if head.startswith("--"):
            opts, args = _do_long(opts, head[2:], longopts, args)
        else:
            opts, args = _do_shorts(opts, head[1:], shortopts, args)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    longopts = _as_list(longopts)
    args = list(args)
    opts, rest = [], []
    stop_at_first = False
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        stop_at_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_first = True
    while args:
        head = args[0]
        if head == "--":
            rest += args[1:]
            break
        if head.startswith("--"):
            opts, args = _do_long(opts, head[2:], longopts, args[1:])
        elif head.startswith("-") and head != "-":
            opts, args = _do_shorts(opts, head[1:], shortopts, args[1:])
        elif stop_at_first:
            rest += args
            break
        else:
            rest.append(head)
            args = args[1:]
    return opts, rest
