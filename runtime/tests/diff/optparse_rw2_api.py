# optparse: error classes, type normalisation, Values equality, groups, conflict
# handlers, help/version actions and exit/error.
import io, sys, contextlib, optparse
from optparse import OptionParser, Option, OptionGroup, Values, make_option

e = optparse.OptParseError("base")
print(str(e), e.args, e.msg)
e = optparse.OptionError("bad thing", Option("-x", "--ex"))
print(str(e), e.option_id, e.args[0], type(e.args[1]).__name__)
e = optparse.OptionError("no id", "")
print(repr(str(e)), repr(e.option_id))
e = optparse.BadOptionError("--zz")
print(str(e), e.opt_str, e.args)
e = optparse.AmbiguousOptionError("--f", ["--foo", "--far"])
print(str(e), e.possibilities)

for kwargs in (dict(type="str"), dict(type=int), dict(type=float), dict(type="bogus"),
               dict(type=list), dict(action="store_true", type="int"),
               dict(action="store", choices=["a"]), dict(type="choice"),
               dict(type="int", choices=["1"])):
    try:
        o = Option("-q", **kwargs)
        print(kwargs, o.type, o.choices)
    except optparse.OptionError as err:
        print(kwargs, type(err).__name__, err)
try:
    Option("-q", action="weird")
except optparse.OptionError as err:
    print(type(err).__name__, err)
o = Option("-q", action="store")
o.action = "weird"
try:
    o.take_action("weird", "q", "-q", None, Values(), None)
except ValueError as err:
    print(type(err).__name__, err)

v = Values({"a": 1, "b": None})
print(v == {"a": 1, "b": None}, v == Values({"a": 1, "b": None}), v != {"a": 2},
      v == 5, v.__eq__(5), str(v))
print(repr(v).startswith("<Values at 0x"), repr(v).endswith(": {'a': 1, 'b': None}>"))

p = OptionParser(prog="tool", version="1.2", add_help_option=True)
p.add_options([make_option("-a", action="store_true"), Option("-b", type="int", default=3)])
g = p.add_option_group("Extra", "more options")
g.add_option("-c", "--cee")
print(p.get_option_group("-c") is g, p.get_option_group("-a"), p.get_option_group("--nope"),
      p.get_option_group("--version"))
g2 = OptionGroup(p, "Second")
print(p.add_option_group(g2) is g2, len(p.option_groups))
other = OptionParser()
for args, kwargs in (((OptionGroup(other, "X"),), {}), ((5,), {}), ((g2, "x"), {}),
                     ((g2,), {"k": 1})):
    try:
        p.add_option_group(*args, **kwargs)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    p.add_option_group()
except IndexError as err:
    print(type(err).__name__)
try:
    p.set_conflict_handler("ignore")
except ValueError as err:
    print(type(err).__name__, err)
p.set_conflict_handler("resolve")
p.add_option("-a", "--all", action="count")
print(p.conflict_handler, [o.get_opt_string() for o in p.option_list])
q = OptionParser()
q.add_option("-z")
try:
    q.add_option("-z")
except optparse.OptionConflictError as err:
    print(type(err).__name__, err)

for argv in (["--version"], ["-h"], ["-b", "x"], ["--cee"], ["-q"]):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            p.parse_args(argv)
    except SystemExit as ex:
        print(argv, "exit", ex.code, repr(out.getvalue()[:80]), repr(err.getvalue()))
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.exit(3, "bye\n")
except SystemExit as ex:
    print("exit", ex.code, repr(err.getvalue()))
try:
    p.exit()
except SystemExit as ex:
    print("exit", ex.code)
opts, rest = p.parse_args(["-a", "-a", "-b", "7", "x"])
print(str(opts), rest)
