"""optparse rewrite check: option building errors, parsing, actions, help layout, errors."""
import io
import os
os.environ["COLUMNS"] = "80"
import sys
import optparse
from optparse import (OptionParser, Option, OptionGroup, make_option, OptionError,
                      OptionConflictError, OptionValueError, BadOptionError, Values,
                      IndentedHelpFormatter, TitledHelpFormatter, SUPPRESS_HELP, SUPPRESS_USAGE)


def show(label, fn):
    try:
        print(label, "->", fn())
    except SystemExit as e:
        print(label, "-> SystemExit", e.code)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def quiet(fn):
    old = sys.stderr, sys.stdout
    buf = io.StringIO()
    sys.stderr = sys.stdout = buf
    try:
        try:
            r = fn()
        except SystemExit as e:
            r = "exit %s" % e.code
    finally:
        sys.stderr, sys.stdout = old
    return r, buf.getvalue()


# Option construction errors
bad = [
    ((), {}), (("-",), {}), (("x",), {}), (("--",), {}), (("-ab",), {}), (("---x",), {}),
    (("-a",), {"bogus": 1, "other": 2}), (("-a",), {"action": "jump"}),
    (("-a",), {"type": "bogus"}), (("-a",), {"action": "count", "type": "int"}),
    (("-a",), {"type": "choice"}), (("-a",), {"type": "choice", "choices": "abc"}),
    (("-a",), {"choices": ["x"]}), (("-a",), {"action": "store_true", "const": 1}),
    (("-a",), {"action": "store_true", "nargs": 2}), (("-a",), {"action": "callback", "callback": 3}),
    (("-a",), {"action": "callback", "callback": print, "callback_args": [1]}),
    (("-a",), {"action": "callback", "callback": print, "callback_kwargs": [1]}),
    (("-a",), {"callback": print}), (("-a",), {"callback_args": (1,)}),
    (("-a",), {"callback_kwargs": {}}), (("", None, "--z"), {"type": int}),
    (("-a", "--b-c"), {"type": float}), (("-q",), {"type": "str"}),
]
for args, kw in bad:
    def build(args=args, kw=kw):
        o = Option(*args, **kw)
        return "%s type=%s dest=%s nargs=%s action=%s default=%r" % (o, o.type, o.dest, o.nargs, o.action, o.default)
    show("Option%r %r" % (args, sorted(kw)), build)

o = make_option("-f", "--file", dest="fn", metavar="PATH", help="read %default")
print(str(o), repr(o).split(" at ")[0], o.get_opt_string(), o.takes_value(), o.dest)
print(Option("-v", action="count").get_opt_string(), Option("-v", action="count").takes_value())

# parser with many options
p = OptionParser(usage="%prog [opts] FILE...", prog="tool", version="%prog 1.2",
                 description="A demonstration tool that does several things to files; "
                             "the description is long enough to wrap around the width.",
                 epilog="See the manual for much more about every option, including %prog.")
p.add_option("-v", "--verbose", action="count", dest="verbosity", help="more output")
p.add_option("-q", "--quiet", action="store_const", const=0, dest="verbosity", help="no output")
p.add_option("-n", "--num", type="int", default=3, help="a number [default: %default]")
p.add_option("-x", type="float", help="a float")
p.add_option("--cx", type="complex")
p.add_option("-l", "--long", type="long")
p.add_option("-c", "--color", type="choice", choices=["red", "green"], help="pick a color")
p.add_option("-a", "--add", action="append", help="append a value; this help text is long enough that it will need wrapping onto a following line of the help")
p.add_option("-C", action="append_const", const="C", dest="consts")
p.add_option("--pair", nargs=2, type="int", metavar="A B")
p.add_option("--on", action="store_true", default=False)
p.add_option("--off", action="store_false", dest="on")
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("--a-very-long-option-name-here", metavar="SOMETHING", help="long option strings push help down")
seen = []
def cb(option, opt, value, parser, *args, **kw):
    seen.append((str(option), opt, value, args, sorted(kw.items()), parser.largs[:], parser.rargs[:]))
    if option.dest:
        setattr(parser.values, option.dest, value)
p.add_option("--cb", action="callback", callback=cb, type="string", dest="cbv",
             callback_args=(1, 2), callback_kwargs={"k": "v"})
p.add_option("--flag-cb", action="callback", callback=cb)
g = OptionGroup(p, "Advanced", "Options for people who know what they are doing, described here.")
g.add_option("-D", "--debug", action="store_true", help="debug mode")
g.add_option("--level", type="int", metavar="N", default="7", help="level %default")
p.add_option_group(g)
g2 = p.add_option_group("Empty group")
print(p.get_option_group("-D").title, p.get_option_group("-v"), p.has_option("--num"), p.has_option("--nope"))
print(p.get_option("--num"), p.get_option("-x"), p.get_option("--zz"))

print(p.format_help())
print(repr(p.get_usage()), repr(p.get_version()))
print(sorted(p.get_default_values().__dict__.items(), key=str))

cases = [
    [], ["-vvv", "file1", "-n", "10", "file2"], ["-n10", "-x2.5", "--cx=1+2j", "-l", "0x1f"],
    ["--num=0o17"], ["-n", "017"], ["-n", "0b101"], ["-n", "-5"], ["-n", "abc"], ["-x", "nan"], ["-x", "bad"],
    ["--color", "red"], ["--col=green"], ["--color", "blue"], ["-a", "1", "-a", "2", "-C", "-C"],
    ["--pair", "1", "2"], ["--pair", "1"], ["--on"], ["--on", "--off"], ["--on=yes"], ["--o"],
    ["--bogus"], ["-z"], ["-vz"], ["--", "-v", "--num"], ["a", "-", "b"], ["--cb", "val", "rest"],
    ["pos", "--flag-cb", "more"], ["-n"], ["--num"], ["--verb"], ["--level", "9"], ["--level", "x"],
    ["-vDn4"], ["-nv"], ["--a-very"], ["--version"], ["-h"],
]
for args in cases:
    seen.clear()
    r, out = quiet(lambda: p.parse_args(args))
    if isinstance(r, tuple):
        r = (sorted((k, v) for k, v in r[0].__dict__.items() if v is not None and k != "level"), r[1])
    print(args, "->", r)
    if out:
        print("  out:", repr(out))
    if seen:
        print("  seen:", seen)

# interspersed args, values objects, set_defaults
p2 = OptionParser(prog="p2", add_help_option=False)
p2.add_option("-a", action="store_true")
p2.disable_interspersed_args()
print(p2.parse_args(["x", "-a"])[1], p2.parse_args(["-a", "x", "-a"])[1])
p2.enable_interspersed_args()
print(p2.parse_args(["x", "-a"])[1])
p2.set_defaults(a=5, extra="e")
p2.set_default("b", 1)
v, rest = p2.parse_args([])
print(v, v.a, v.extra)
print(v == {"a": 5, "extra": "e", "b": 1}, v == Values({"a": 5, "extra": "e", "b": 1}), v != 3)
v2 = Values({"x": 1})
print(v2.ensure_value("x", 2), v2.ensure_value("y", []), v2)
v2._update({"x": 9, "z": 1}, "careful")
print(v2)
v2._update({"z": 1}, "loose")
print(v2)
show("bad mode", lambda: v2._update({}, "odd"))
print(p2.format_help())
print(repr(OptionParser(usage=SUPPRESS_USAGE, add_help_option=False).format_help()))
print(repr(OptionParser(usage="Usage: foo bar", prog="x").get_usage()))
print(repr(OptionParser(usage="usage: foo bar", prog="x").get_usage()))

# process_default_values
p3 = OptionParser(prog="p3")
p3.add_option("-n", type="int", default="12")
print(p3.get_default_values())
p3.set_process_default_values(False)
print(p3.get_default_values())
p3.set_defaults(n="zz")
p3.set_process_default_values(True)
show("bad default", lambda: quiet(lambda: p3.parse_args([]))[0])

# conflicts
p4 = OptionParser(prog="p4", add_help_option=False)
p4.add_option("-a", "--alpha", action="store_true")
show("conflict", lambda: p4.add_option("-a", "--alpha", action="store_false"))
show("conflict1", lambda: p4.add_option("-b", "--alpha"))
p4.set_conflict_handler("resolve")
p4.add_option("-a", "--all", action="store_true", help="all")
print([str(x) for x in p4.option_list])
p4.add_option("--alpha", help="new alpha")
print([str(x) for x in p4.option_list])
show("bad handler", lambda: p4.set_conflict_handler("odd"))
p4.remove_option("--all")
print([str(x) for x in p4.option_list])
show("remove missing", lambda: p4.remove_option("-q"))
show("add_option bad", lambda: p4.add_option(3))
show("add_option bad2", lambda: p4.add_option(Option("-z"), 3))
show("group bad", lambda: p4.add_option_group(3))
show("group wrong parser", lambda: p4.add_option_group(OptionGroup(OptionParser(), "t")))

# formatters
for fmt in (IndentedHelpFormatter(), IndentedHelpFormatter(width=40, max_help_position=10),
            TitledHelpFormatter(), IndentedHelpFormatter(short_first=0), TitledHelpFormatter(width=50)):
    pp = OptionParser(prog="fmt", formatter=fmt, description="desc %prog text", version="1")
    pp.add_option("-o", "--output", metavar="FILE", help="write to FILE (default %default)")
    pp.add_option("-z", action="store_true", help="zap")
    gg = pp.add_option_group("Group", "group description")
    gg.add_option("--gopt", type="int", help="group option")
    print(pp.format_help())
f = IndentedHelpFormatter()
show("short delim", lambda: f.set_short_opt_delimiter("x"))
show("long delim", lambda: f.set_long_opt_delimiter("x"))
f.set_short_opt_delimiter("")
f.set_long_opt_delimiter(" ")
pp = OptionParser(prog="d", formatter=f)
pp.add_option("-o", "--output")
print(pp.format_option_help())
show("base usage", lambda: optparse.HelpFormatter(2, 24, 80, 1).format_usage("x"))
show("dedent", lambda: f.dedent() or f.dedent() or f.dedent())
print(repr(OptionParser(prog="e", add_help_option=False).format_option_help()))

# errors
for exc in (OptParse := optparse.OptParseError("m"), OptionValueError("bad v"), BadOptionError("-q"),
            optparse.AmbiguousOptionError("--a", ["--ab", "--ac"]), OptionError("msg", Option("-a")),
            OptionConflictError("c", Option("-b", "--bb")), OptionError("msg", None)):
    print(type(exc).__name__, str(exc), isinstance(exc, Exception))
print(optparse.check_choice(Option("-c", choices=["a"]), "-c", "a"))
show("check_builtin", lambda: optparse.check_builtin(Option("-n", type="int"), "-n", "q"))
print(optparse._parse_num("0x10", int), optparse._parse_num("010", int), optparse._parse_num("0b11", int), optparse._parse_num("0b", int))
show("match_abbrev", lambda: optparse._match_abbrev("--a", {"--ab": 1, "--ac": 2}))
print(optparse._match_abbrev("--ab", {"--ab": 1, "--abc": 2}), optparse._match_abbrev("--abc", {"--ab": 1, "--abcd": 2}))
print(sorted(optparse.__all__))
print(optparse.NO_DEFAULT, optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE)
pe = OptionParser(prog="pe")
r, out = quiet(lambda: pe.error("custom problem"))
print(r, repr(out))
r, out = quiet(lambda: pe.exit(3, "bye\n"))
print(r, repr(out))
r, out = quiet(lambda: pe.print_usage())
print(r, repr(out))
r, out = quiet(lambda: pe.print_version())
print(r, repr(out))
pe.destroy()
print(hasattr(pe, "option_list"))
