"""deploy: an argparse-heavy CLI (parents, custom actions, type checks, subcommands)."""
import argparse
import contextlib
import io
import sys


class KeyValueAction(argparse.Action):
    """Collect K=V pairs into a dict, rejecting malformed items."""

    def __call__(self, parser, namespace, values, option_string=None):
        current = dict(getattr(namespace, self.dest) or {})
        for item in values:
            if "=" not in item:
                raise argparse.ArgumentError(self, f"expected K=V, got {item!r}")
            key, _, val = item.partition("=")
            current[key] = val
        setattr(namespace, self.dest, current)


def port(text):
    n = int(text)
    if not 0 < n < 65536:
        raise argparse.ArgumentTypeError(f"{n} is not a valid port")
    return n


def build():
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="count", default=0)
    common.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colorize output")
    p = argparse.ArgumentParser(
        prog="deploy", parents=[common],
        description="Deploy services to a fleet.\n\nThe second paragraph is long enough that the "
                    "default help formatter has to wrap it onto more than one line.",
        epilog="Report bugs to the ops channel.")
    p.add_argument("--set", nargs="+", action=KeyValueAction, metavar="K=V", dest="settings")
    p.add_argument("--port", type=port, default=8080, help="listen port (default: %(default)s)")
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--ext", action="extend", nargs="+")
    p.add_argument("--secret", help=argparse.SUPPRESS)
    p.add_argument("--mode", choices=["fast", "safe", "dry"], default=argparse.SUPPRESS)
    p.add_argument("--offset", type=float)
    p.add_argument("target", nargs="?", default="prod")
    p.add_argument("hosts", nargs="*")
    return p


def build_git():
    p = argparse.ArgumentParser(prog="vcs")
    sp = p.add_subparsers(title="commands", dest="cmd", help="sub-command help")
    c = sp.add_parser("commit", help="record changes", description="Commit staged changes.")
    c.add_argument("-m", "--message", required=True)
    c.add_argument("--amend", action="store_true")
    pu = sp.add_parser("push", aliases=["p"], help="upload")
    pu.add_argument("remote", nargs="?", default="origin")
    pu.add_argument("refspec", nargs="+")
    return p


def build_format():
    p = argparse.ArgumentParser(prog="fmt", allow_abbrev=False, conflict_handler="resolve")
    p.add_argument("--force", action="store_true")
    p.add_argument("-f", "--force", action="store_false", dest="careful")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--json", action="store_true")
    g.add_argument("--yaml", action="store_true")
    return p


def build_calc():
    p = argparse.ArgumentParser(prog="calc", formatter_class=argparse.RawDescriptionHelpFormatter,
                                description="  keep\n    this   layout")
    p.add_argument("numbers", type=int, nargs=3, metavar="N", help="three ints")
    p.add_argument("--op", default="add", choices=["add", "mul"],
                   help="operation (default: %(default)s, one of %(choices)s)")
    return p


def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns, code = parser.parse_args(argv), None
        except SystemExit as e:
            ns, code = None, e.code
    print(f"{parser.prog} {argv} ->", vars(ns) if ns is not None else f"exit {code}")
    for line in out.getvalue().splitlines():
        print("   |", line)
    for line in err.getvalue().splitlines():
        print("   !", line)
    return ns


deploy = build()
run(deploy, ["-vvv", "--no-color", "--set", "a=1", "b=2", "--port", "22"])
run(deploy, ["--tag", "x", "--tag", "y", "--ext", "a", "b", "--ext", "c", "stage", "h1", "h2"])
run(deploy, ["--set", "oops"])
run(deploy, ["--port", "70000"])
run(deploy, ["--port", "abc"])
run(deploy, ["--mode", "slow"])
run(deploy, ["--mode", "dry", "--offset", "-1.5", "--", "-weird-target"])
run(deploy, ["--off", "2", "--sec", "s3"])
run(deploy, ["--co"])
run(deploy, ["--unknown", "x"])
run(deploy, ["-h"])
ns, extra = deploy.parse_known_args(["--port", "1", "--later", "x", "t"])
print("known:", ns.port, ns.target, ns.hosts, "extra:", extra)

fmt = build_format()
run(fmt, ["--for"])
run(fmt, [])
run(fmt, ["--json", "-f"])
run(fmt, ["--json", "--yaml"])

vcs = build_git()
run(vcs, [])
run(vcs, ["commit"])
run(vcs, ["commit", "-m", "msg", "--amend"])
run(vcs, ["p", "main"])
run(vcs, ["push", "upstream", "a", "b"])
run(vcs, ["pull"])
run(vcs, ["commit", "--help"])
run(vcs, ["--help"])
vcs.print_usage(sys.stdout)

calc = build_calc()
for argv in (["1", "2"], ["1", "2", "3", "4"], ["-1", "2", "-3"], ["--op", "mul", "2", "3", "4"], ["--help"]):
    ns = run(calc, argv)
    if ns is not None:
        total = 1 if ns.op == "mul" else 0
        for n in ns.numbers:
            total = total * n if ns.op == "mul" else total + n
        print("   = ", total)

strict = argparse.ArgumentParser(prog="strict", exit_on_error=False)
strict.add_argument("--level", type=int, choices=range(1, 4))
for argv in (["--level", "2"], ["--level", "9"], ["--level", "x"]):
    try:
        print("strict", argv, "->", strict.parse_args(argv))
    except argparse.ArgumentError as e:
        print("strict", argv, "-> ArgumentError:", e.argument_name, "|", e.message)
