# optparse: parsing, errors, callbacks, conflicts and the help layout of both formatters.
import optparse
import io
import sys
from optparse import OptionParser, OptionGroup, make_option, OptionValueError, TitledHelpFormatter

def run(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    old = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        opts, args = parser.parse_args(argv)
        res = (sorted(vars(opts).items()), args)
    except SystemExit as e:
        res = ("exit", e.code)
    finally:
        sys.stderr, sys.stdout = old
    print(res)
    if out.getvalue():
        print("OUT:", out.getvalue(), end="|\n")
    if err.getvalue():
        print("ERR:", err.getvalue(), end="|\n")

p = OptionParser(usage="usage: %prog [options] file...", version="%prog 2.1", prog="mytool",
                 description="Process the given files and write a report about them, with lots of words so that the description wraps around.",
                 epilog="See the manual for more.")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-n", "--num", type="int", default=3, help="how many [default: %default]")
p.add_option("-r", "--ratio", type=float)
p.add_option("-m", "--mode", choices=["fast", "slow"], default="fast")
p.add_option("-v", action="count", dest="verbosity")
p.add_option("--tag", action="append")
p.add_option("--point", nargs=2, type="int")
p.add_option("--debug", action="store_const", const=2, dest="level")
p.add_option("--secret", help=optparse.SUPPRESS_HELP)
p.add_option("--a-very-long-option-name-here", action="store_true", help="an option whose strings are longer than the help column allows")
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk. It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
g.add_option("--color", type="choice", choices=("red", "blue"), help="pick a color")
p.add_option_group(g)

run(p, [])
run(p, ["a.txt", "-f", "out", "--num=0x1f", "-qvv", "b.txt", "--tag", "x", "--tag=y"])
run(p, ["--point", "1", "2", "-r", "2.5", "--debug", "-g", "--color", "red", "--", "-x"])
run(p, ["-fout", "-n010", "--nu", "7", "--mo", "slow", "--a-very"])
run(p, ["-n", "abc"])
run(p, ["--mode", "medium"])
run(p, ["--bogus"])
run(p, ["-z"])
run(p, ["--point", "1"])
run(p, ["--quiet=yes"])
run(p, ["-f"])
run(p, ["--version"])
run(p, ["--help"])
run(p, ["-r", "x"])
run(p, ["-n", "0b101", "--color=green"])
print(p.format_help())
print(p.get_usage(), p.get_version(), p.get_prog_name())

p2 = OptionParser(prog="amb")
p2.add_option("--verbose", action="store_true")
p2.add_option("--version-info", action="store_true")
run(p2, ["--ver"])
run(p2, ["--verb"])
p2.disable_interspersed_args()
run(p2, ["--verbose", "cmd", "--version-info"])

def cb(option, opt, value, parser, extra):
    parser.values.seen = getattr(parser.values, "seen", []) + [(opt, value, extra, str(option))]
    if value == "bad":
        raise OptionValueError("bad value for %s" % opt)
p3 = OptionParser(prog="cb", add_help_option=False)
p3.add_option("-c", "--call", action="callback", callback=cb, type="string", callback_args=("E",))
p3.add_option("-k", action="append_const", const="K", dest="ks")
p3.set_defaults(ks=None, other=5)
run(p3, ["-c", "v1", "--call=v2", "-k", "-k"])
run(p3, ["-c", "bad"])
print(p3.format_help())
print(p3.has_option("-c"), p3.get_option("--call") is p3.get_option("-c"), p3.defaults)
p3.remove_option("-k")
print(p3.has_option("-k"))

for bad in [dict(action="bogus"), dict(type="xml"), dict(action="store_true", type="int"),
            dict(type="choice"), dict(choices="abc"), dict(action="count", nargs=2),
            dict(action="store", const=1), dict(action="callback"), dict(callback=len), dict(unknown=1, other=2)]:
    try:
        make_option("-x", "--ex", **bad)
    except optparse.OptionError as e:
        print("OptionError:", e)
for strs in [("x",), ("-",), ("--",), ("-xy",), ("---a",)]:
    try:
        make_option(*strs)
    except optparse.OptionError as e:
        print("OptionError:", e)
try:
    make_option()
except TypeError as e:
    print("TypeError:", e)
try:
    p3.add_option("-c")
except optparse.OptionConflictError as e:
    print("OptionConflictError:", e)
p4 = OptionParser(conflict_handler="resolve", prog="res", usage=optparse.SUPPRESS_USAGE)
p4.add_option("-a", "--all", action="store_true", help="first")
p4.add_option("-a", "--any", action="store_true", help="second")
print(p4.format_help())
run(p4, ["-a"])
p5 = OptionParser(prog="titled", formatter=TitledHelpFormatter())
p5.add_option("-o", "--output", help="output file")
g5 = p5.add_option_group("Extra")
g5.add_option("--x", type="int", default=1, help="x value %default")
print(p5.format_help())
v = optparse.Values({"a": 1})
print(v, v == {"a": 1}, v == optparse.Values({"a": 1}), v.ensure_value("b", []), v.ensure_value("a", 9))
p6 = OptionParser(prog="d")
p6.add_option("-n", type="int", default="42")
p6.add_option("-l", action="append", default=["base"])
o, a = p6.parse_args(["-l", "x"])
print(o.n, type(o.n).__name__, o.l, p6.defaults["l"])
o, a = p6.parse_args(["-l", "y"])
print(o.l)
p7 = OptionParser(prog="empty", add_help_option=False)
print(repr(p7.format_help()))
