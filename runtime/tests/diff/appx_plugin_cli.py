import argparse
import contextlib
import functools
import io
import shlex
import sys
from abc import ABC, abstractmethod


class Registry:
    def __init__(self):
        self._commands = {}

    def register(self, name=None, *, aliases=()):
        def deco(cls):
            key = name or cls.__name__.lower().removesuffix("command")
            if key in self._commands:
                raise KeyError(f"duplicate command {key!r}")
            cls.name = key
            cls.aliases = list(aliases)
            self._commands[key] = cls
            for a in aliases:
                self._commands[a] = cls
            return cls
        return deco

    def __iter__(self):
        for k, v in sorted(self._commands.items()):
            if k == v.name:
                yield k, v

    def __getitem__(self, key):
        return self._commands[key]


REG = Registry()


class Command(ABC):
    help = ""
    calls = 0

    def __init_subclass__(cls, *, hidden=False, **kw):
        super().__init_subclass__(**kw)
        cls.hidden = hidden

    @classmethod
    def configure(cls, parser):
        pass

    @abstractmethod
    def run(self, ns, store):
        ...


def counted(fn):
    @functools.wraps(fn)
    def wrapper(self, *a, **k):
        type(self).calls += 1
        return fn(self, *a, **k)
    return wrapper


@REG.register(aliases=("put",))
class SetCommand(Command):
    help = "set KEY to VALUE"

    @classmethod
    def configure(cls, p):
        p.add_argument("key")
        p.add_argument("value")
        p.add_argument("--type", choices=["str", "int", "float"], default="str")

    @counted
    def run(self, ns, store):
        conv = {"str": str, "int": int, "float": float}[ns.type]
        old = store.get(ns.key)
        store[ns.key] = conv(ns.value)
        return f"{ns.key} = {store[ns.key]!r}" + (f" (was {old!r})" if old is not None else "")


@REG.register()
class GetCommand(Command):
    help = "get keys"

    @classmethod
    def configure(cls, p):
        p.add_argument("keys", nargs="+")
        p.add_argument("--default")

    @counted
    def run(self, ns, store):
        return ", ".join(f"{k}={store.get(k, ns.default)!r}" for k in ns.keys)


@REG.register("del")
class DeleteCommand(Command):
    help = "delete a key"

    @classmethod
    def configure(cls, p):
        p.add_argument("key")

    def run(self, ns, store):
        try:
            del store[ns.key]
        except KeyError as e:
            raise SystemExit(f"no such key: {e}")
        return f"deleted {ns.key}"


@REG.register()
class DumpCommand(Command, hidden=True):
    def run(self, ns, store):
        return "\n".join(f"  {k:<8}{type(v).__name__:<6}{v}" for k, v in sorted(store.items()))


try:
    @REG.register("get")
    class Again(Command):
        def run(self, ns, store):
            pass
except KeyError as e:
    print("registry error:", e)

try:
    Command()
except TypeError as e:
    print("TypeError:", e)


def make_parser():
    p = argparse.ArgumentParser(prog="kv", add_help=True)
    sub = p.add_subparsers(dest="cmd", metavar="COMMAND")
    for name, cls in REG:
        sp = sub.add_parser(name, help=None if cls.hidden else cls.help, aliases=cls.aliases)
        cls.configure(sp)
        sp.set_defaults(handler=cls)
    return p


def execute(line, store):
    argv = shlex.split(line)
    parser = make_parser()
    err = io.StringIO()
    out = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            ns = parser.parse_args(argv)
            if ns.cmd is None:
                parser.print_usage()
                return out.getvalue().strip()
            return ns.handler().run(ns, store)
        except SystemExit as e:
            msg = err.getvalue().strip().splitlines() or out.getvalue().strip().splitlines()
            tail = msg[-1] if msg else str(e.code)
            return f"<exit {e.code if isinstance(e.code, int) else 1}> {tail}"


store = {}
script = """
set name 'Ada Lovelace'
put year 1815 --type int
set pi 3.14159 --type float
set year 1816 --type int
get name year missing --default=?
get
set x y --type bool
del nosuch
del pi
dump

bogus
"""
for line in script.strip("\n").splitlines():
    print(f"kv> {line}")
    print(execute(line, store))

print("calls:", SetCommand.calls, GetCommand.calls, DeleteCommand.calls)
print("hidden:", [n for n, c in REG if c.hidden])
print("wrapped:", SetCommand.run.__name__, SetCommand.run.__wrapped__.__qualname__)
print(make_parser().format_help())
