"""A small stand-in for the part of pyperf that benchmark scripts use.

It lets a pyperformance-style script (``runner = pyperf.Runner();
runner.bench_func(...)``) run under the Ember harness: the command line is
the harness protocol (see suites/README.md) plus whatever options the script
adds through ``runner.argparser``, and the output is the harness's JSON.

Only the first benchmark a script registers is measured (or, when the
command line has --variant NAME and the script does not define a
--variant option of its own, the first whose name is NAME); later calls
are skipped.  Written for Ember; it is not pyperf's code.
"""

import sys
import time

import harness

__all__ = ["Runner", "perf_counter", "python_implementation",
           "python_has_jit", "Namespace"]

VERSION = (2, 6, 0)
__version__ = "2.6.0"

perf_counter = time.perf_counter


def python_implementation():
    return sys.implementation.name.lower()


def python_has_jit():
    name = python_implementation()
    if name == "pypy":
        return True
    jit = getattr(sys, "_jit", None)
    if jit is not None:
        try:
            return bool(jit.is_enabled())
        except Exception:
            return False
    return False


# ---------------------------------------------------------------- argparser

class Namespace(object):
    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __contains__(self, key):
        return key in self.__dict__

    def __repr__(self):
        items = sorted(self.__dict__.items())
        return "Namespace(%s)" % ", ".join("%s=%r" % kv for kv in items)


_MISSING = object()


class _Option(object):
    def __init__(self, names, kwargs):
        self.names = list(names)
        self.positional = not self.names[0].startswith("-")
        self.action = kwargs.get("action", "store")
        self.type = kwargs.get("type")
        self.choices = kwargs.get("choices")
        self.nargs = kwargs.get("nargs")
        self.help = kwargs.get("help")
        self.required = kwargs.get("required", False)
        self.const = kwargs.get("const")
        if self.positional:
            self.dest = kwargs.get("dest", self.names[0])
        else:
            dest = kwargs.get("dest")
            if dest is None:
                longs = [n for n in self.names if n.startswith("--")]
                dest = (longs or self.names)[0].lstrip("-")
            self.dest = dest.replace("-", "_")
        if "default" in kwargs:
            self.default = kwargs["default"]
        elif self.action == "store_true":
            self.default = False
        elif self.action == "store_false":
            self.default = True
        elif self.action in ("append", "count") or self.nargs in ("*", "+"):
            self.default = None if self.action == "count" else []
            if self.nargs == "*" and self.positional:
                self.default = []
        else:
            self.default = None

    def convert(self, text):
        value = text
        if self.type is not None:
            try:
                value = self.type(text)
            except (TypeError, ValueError):
                raise harness.UsageError("argument %s: invalid value %r"
                                         % (self.names[0], text))
        if self.choices is not None and value not in self.choices:
            raise harness.UsageError(
                "argument %s: invalid choice %r (choose from %s)"
                % (self.names[0], value,
                   ", ".join(repr(c) for c in self.choices)))
        return value


class ArgParser(object):
    """Records add_argument() calls; parse() handles the common shapes."""

    def __init__(self, description=None):
        self.description = description
        self.options = []
        self.defaults = {}

    def add_argument(self, *names, **kwargs):
        if not names:
            raise TypeError("add_argument needs a name")
        opt = _Option(names, kwargs)
        self.options.append(opt)
        return opt

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def add_argument_group(self, *args, **kwargs):
        return self

    def add_mutually_exclusive_group(self, *args, **kwargs):
        return self

    def has_option(self, name):
        for opt in self.options:
            if name in opt.names:
                return True
        return False

    def _find(self, name):
        for opt in self.options:
            if not opt.positional and name in opt.names:
                return opt
        return None

    def parse(self, argv, namespace):
        for opt in self.options:
            setattr(namespace, opt.dest, opt.default)
        for key in self.defaults:
            setattr(namespace, key, self.defaults[key])
        positionals = [o for o in self.options if o.positional]
        loose = []
        i = 0
        while i < len(argv):
            arg = argv[i]
            i += 1
            if arg == "--":
                loose.extend(argv[i:])
                break
            if not arg.startswith("-") or arg == "-":
                loose.append(arg)
                continue
            name, value = arg, _MISSING
            if arg.startswith("--") and "=" in arg:
                name, value = arg.split("=", 1)
            opt = self._find(name)
            if opt is None:
                raise harness.UsageError("unknown argument %r" % arg)
            if opt.action == "store_true":
                setattr(namespace, opt.dest, True)
                continue
            if opt.action == "store_false":
                setattr(namespace, opt.dest, False)
                continue
            if opt.action == "store_const":
                setattr(namespace, opt.dest, opt.const)
                continue
            if opt.action == "count":
                setattr(namespace, opt.dest,
                        (getattr(namespace, opt.dest) or 0) + 1)
                continue
            if opt.nargs in ("*", "+"):
                items = []
                if value is not _MISSING:
                    items.append(opt.convert(value))
                while i < len(argv) and not argv[i].startswith("-"):
                    items.append(opt.convert(argv[i]))
                    i += 1
                if opt.nargs == "+" and not items:
                    raise harness.UsageError("%s needs a value" % name)
                setattr(namespace, opt.dest, items)
                continue
            if value is _MISSING:
                if i >= len(argv):
                    raise harness.UsageError("%s needs a value" % name)
                value = argv[i]
                i += 1
            converted = opt.convert(value)
            if opt.action == "append":
                current = getattr(namespace, opt.dest)
                current = list(current) if current else []
                current.append(converted)
                setattr(namespace, opt.dest, current)
            else:
                setattr(namespace, opt.dest, converted)
        for opt in positionals:
            if opt.nargs in ("*", "+"):
                items = [opt.convert(x) for x in loose]
                loose = []
                if opt.nargs == "+" and not items:
                    raise harness.UsageError("missing argument %s" % opt.dest)
                setattr(namespace, opt.dest, items)
            elif loose:
                setattr(namespace, opt.dest, opt.convert(loose.pop(0)))
            elif opt.nargs != "?" and opt.default is None:
                raise harness.UsageError("missing argument %s" % opt.dest)
        if loose:
            raise harness.UsageError("unexpected argument %r" % loose[0])
        for opt in self.options:
            if opt.required and getattr(namespace, opt.dest) is None:
                raise harness.UsageError("missing option %s" % opt.names[0])
        return namespace


# ---------------------------------------------------------------- Runner

class Runner(object):
    """The subset of pyperf.Runner used by benchmark scripts."""

    def __init__(self, values=None, warmups=None, processes=None,
                 loops=0, min_time=0.1, metadata=None, show_name=True,
                 program_args=None, add_cmdline_args=None,
                 _argparser=None, **kwargs):
        self.metadata = dict(metadata or {})
        self.argparser = _argparser or ArgParser()
        self.args = None
        self._defaults = {}
        if values is not None:
            self._defaults["values"] = values
        if warmups is not None:
            self._defaults["warmups"] = warmups
        if loops:
            self._defaults["loops"] = loops
        if min_time != 0.1:
            self._defaults["min_time"] = min_time
        self._opts = None
        self._done = False
        self._names = []
        self._own_variant = False
        self.exit_status = 0

    # pyperf parses sys.argv on first use, so do we.
    def parse_args(self, args=None):
        if self.args is not None and args is None:
            return self.args
        argv = list(sys.argv[1:] if args is None else args)
        self._own_variant = self.argparser.has_option("--variant")
        try:
            # The script's own options first (it may own --variant), then
            # the harness protocol for whatever is left.
            theirs, ours = self._split(argv)
            opts, rest = harness.parse_args(ours)
            for key in self._defaults:
                if key not in self._given(ours):
                    opts[key] = self._defaults[key]
            ns = Namespace()
            self.argparser.parse(theirs + rest, ns)
        except harness.UsageError as exc:
            harness.usage_exit(str(exc))
        for key in opts:
            if not hasattr(ns, key):
                setattr(ns, key, opts[key])
        # pyperf's own spelling of a few options, for scripts that read them
        for key in ("quiet", "verbose", "debug_single_value", "fast",
                    "rigorous", "inherit_environ", "worker"):
            if not hasattr(ns, key):
                setattr(ns, key, False)
        self._opts = opts
        self.args = ns
        return ns

    def _given(self, argv):
        given = set()
        for arg in argv:
            if arg.startswith("--"):
                given.add(arg.split("=", 1)[0][2:].replace("-", "_"))
        return given

    def _split(self, argv):
        """Separate protocol options from the script's options."""
        protocol = set(harness._OPTION_NAMES)
        if self._own_variant:
            protocol.discard("--variant")
        theirs, ours = [], []
        i = 0
        while i < len(argv):
            arg = argv[i]
            name = arg.split("=", 1)[0] if arg.startswith("--") else arg
            if arg == "--check-only":
                ours.append(arg)
            elif name in protocol:
                ours.append(arg)
                if "=" not in arg and i + 1 < len(argv):
                    ours.append(argv[i + 1])
                    i += 1
            else:
                theirs.append(arg)
            i += 1
        return theirs, ours

    def _should_run(self, name):
        self._names.append(name)
        if self._done:
            return False
        self.parse_args()
        wanted = self._opts["variant"]
        if wanted is not None and not self._own_variant and wanted != name:
            return False
        return True

    def _run(self, name, func=None, args=(), time_func=None,
             inner_loops=None, metadata=None):
        opts = dict(self._opts)
        if self._own_variant:
            opts["variant"] = None
        extra = {}
        meta = dict(self.metadata)
        if metadata:
            meta.update(metadata)
        if meta:
            extra["metadata"] = meta
        status, out = harness.measure(name, opts, func=func, args=args,
                                      time_func=time_func, check=None,
                                      inner_loops=inner_loops or 1,
                                      extra=extra)
        self._done = True
        self.exit_status = status
        if status != 0:
            sys.exit(status)
        return out

    def bench_func(self, name, func, *args, **kwargs):
        if not self._should_run(name):
            return None
        return self._run(name, func=func, args=args,
                         inner_loops=kwargs.get("inner_loops"),
                         metadata=kwargs.get("metadata"))

    def bench_time_func(self, name, time_func, *args, **kwargs):
        if not self._should_run(name):
            return None

        def timed(loops):
            return time_func(loops, *args)
        return self._run(name, time_func=timed,
                         inner_loops=kwargs.get("inner_loops"),
                         metadata=kwargs.get("metadata"))

    def bench_async_func(self, name, coro_func, *args, **kwargs):
        if not self._should_run(name):
            return None
        import asyncio
        loop_factory = kwargs.get("loop_factory")

        async def many(loops):
            t0 = perf_counter()
            for _ in range(loops):
                await coro_func(*args)
            return perf_counter() - t0

        def timed(loops):
            if loop_factory is None:
                return asyncio.run(many(loops))
            loop = loop_factory()
            try:
                return loop.run_until_complete(many(loops))
            finally:
                loop.close()
        return self._run(name, time_func=timed,
                         inner_loops=kwargs.get("inner_loops"),
                         metadata=kwargs.get("metadata"))

    def bench_command(self, name, command):
        """Time a whole subprocess (command is an argv list)."""
        if not self._should_run(name):
            return None
        import subprocess

        def timed(loops):
            t0 = perf_counter()
            for _ in range(loops):
                subprocess.run(command, check=True)
            return perf_counter() - t0
        return self._run(name, time_func=timed)
