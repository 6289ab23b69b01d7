import argparse
import sys

def build():
    p = argparse.ArgumentParser(prog="tool", description="Process some files.", epilog="Bye.")
    p.add_argument("files", nargs="*", help="input files")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("-o", "--output", default="out.txt", metavar="PATH")
    p.add_argument("-n", "--num", type=int, default=3, choices=range(1, 10))
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    p.add_argument("--tag", action="append", dest="tags", default=[])
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--no-color", dest="color", action="store_false")
    p.add_argument("--ratio", type=float)
    p.add_argument("--pair", nargs=2, metavar=("A", "B"))
    p.add_argument("--level", const="high", nargs="?", default="none")
    p.add_argument("--version", action="version", version="%(prog)s 1.0")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--xml", action="store_true")
    return p

p = build()
for argv in [
    [],
    ["a.txt", "b.txt", "-vv", "--output=res.txt"],
    ["-n", "5", "--mode", "slow", "--tag", "x", "--tag", "y", "--dry-run", "--no-color"],
    ["--ratio", "0.5", "--pair", "1", "2", "--level"],
    ["--level", "low", "--json", "f1"],
    ["-vvv", "-o", "x", "--", "-notaflag"],
]:
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items()))

print(p.format_usage())
print(p.format_help())

class Exit(Exception):
    pass

def try_parse(parser, argv):
    import io
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        return parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        print(err.getvalue().strip().splitlines()[-1])
    finally:
        sys.stderr = old

try_parse(p, ["-n", "abc"])
try_parse(p, ["-n", "12"])
try_parse(p, ["--mode", "medium"])
try_parse(p, ["--json", "--xml"])
try_parse(p, ["--pair", "1"])
try_parse(p, ["--bogus"])
try_parse(p, ["--ratio"])

sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", required=True)
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sp.add_parser("push", aliases=["up"])
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("branch", nargs="?")
pu.set_defaults(func="push_fn")
print(sub.parse_args(["commit", "-m", "msg"]))
print(sub.parse_args(["push", "upstream", "main"]))
print(sub.parse_args(["up"]))
try_parse(sub, ["commit"])
try_parse(sub, [])
try_parse(sub, ["pull"])
print(sub.format_help())

ns, rest = p.parse_known_args(["a", "--unknown", "1", "-v"])
print(ns.files, ns.verbose, rest)
p2 = argparse.ArgumentParser(prefix_chars="+", add_help=False)
p2.add_argument("+x", type=int)
print(p2.parse_args(["+x", "4"]))
p3 = argparse.ArgumentParser(formatter_class=argparse.ArgumentDefaultsHelpFormatter, prog="p3")
p3.add_argument("--size", type=int, default=10, help="the size")
p3.add_argument("pos", type=str.upper)
print(p3.format_help())
print(p3.parse_args(["abc"]))
p4 = argparse.ArgumentParser(prog="p4")
p4.add_argument("nums", nargs="+", type=int)
p4.add_argument("--sum", dest="acc", action="store_const", const=sum, default=max)
a = p4.parse_args(["1", "2", "3", "--sum"])
print(a.acc(a.nums), argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1))
grp = argparse.ArgumentParser(prog="grp")
g1 = grp.add_argument_group("network", "network options")
g1.add_argument("--host", default="localhost")
g1.add_argument("--port", type=int, default=80)
print(grp.format_help())
try_parse(p4, [])
