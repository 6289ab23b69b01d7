import argparse
import io
import contextlib

def build_parser():
    p = argparse.ArgumentParser(
        prog="invtool",
        description="Manage a small inventory file from the command line.",
        epilog="Example: invtool add apple 3 --price 0.5",
    )
    p.add_argument("-v", "--verbose", action="count", default=0,
                   help="increase verbosity (repeatable)")
    p.add_argument("--db", metavar="PATH", default="inventory.json",
                   help="database file (default: %(default)s)")
    p.add_argument("--version", action="version", version="%(prog)s 1.4.2")
    sub = p.add_subparsers(dest="command", title="commands", required=True)

    add = sub.add_parser("add", help="add an item", aliases=["a"])
    add.add_argument("name")
    add.add_argument("qty", type=int)
    add.add_argument("--price", type=float, default=1.0)
    add.add_argument("--tag", action="append", default=[], dest="tags")

    rm = sub.add_parser("remove", help="remove items")
    rm.add_argument("names", nargs="+")
    rm.add_argument("--force", action="store_true")

    ls = sub.add_parser("list", help="list items")
    ls.add_argument("--sort", choices=["name", "qty", "price"], default="name")
    grp = ls.add_mutually_exclusive_group()
    grp.add_argument("--json", action="store_true")
    grp.add_argument("--csv", action="store_true")
    ls.add_argument("--limit", type=int, nargs="?", const=5, default=None)

    rep = sub.add_parser("report", help="print a report")
    rep.add_argument("months", nargs="*", type=int, default=[1])
    rep.add_argument("--fmt", default="text", type=str.lower)
    return p


def run(argv):
    parser = build_parser()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = parser.parse_args(argv)
            code = None
        except SystemExit as e:
            ns = None
            code = e.code
    print(f"== argv={argv!r}")
    if ns is not None:
        print("  ns:", sorted(vars(ns).items()))
    else:
        print("  exit code:", code)
    if out.getvalue():
        print("  [stdout]")
        for line in out.getvalue().splitlines():
            print("   |" + line)
    if err.getvalue():
        print("  [stderr]")
        for line in err.getvalue().splitlines():
            print("   |" + line)


cases = [
    ["add", "apple", "3", "--price", "0.5", "--tag", "fruit", "--tag", "red"],
    ["-vv", "a", "pear", "10"],
    ["--db", "x.json", "remove", "apple", "pear", "--force"],
    ["list", "--sort", "qty", "--limit"],
    ["list", "--limit", "2", "--json"],
    ["list", "--json", "--csv"],
    ["list", "--sort", "color"],
    ["add", "apple", "three"],
    ["remove"],
    [],
    ["report", "1", "2", "3", "--fmt", "HTML"],
    ["report"],
    ["--version"],
    ["--help"],
    ["add", "--help"],
    ["list", "-h"],
    ["frobnicate"],
    ["add", "x", "1", "--bogus"],
    ["--verb", "list"],
]
for c in cases:
    run(c)

# parse_known_args and intermixed args on a simple parser
simple = argparse.ArgumentParser(prog="simple", add_help=False)
simple.add_argument("files", nargs="*")
simple.add_argument("-n", type=int, default=0)
ns, extra = simple.parse_known_args(["a.txt", "-n", "4", "--other", "b.txt", "-x"])
print("known:", ns, "extra:", extra)
ns = simple.parse_intermixed_args(["a", "-n", "2", "b", "c"])
print("intermixed:", ns)
print(simple.format_usage(), end="")

fmt = argparse.ArgumentParser(prog="fmt",
                              formatter_class=argparse.ArgumentDefaultsHelpFormatter)
fmt.add_argument("--size", type=int, default=10, help="block size")
fmt.add_argument("--mode", default="fast", help="run mode")
fmt.add_argument("target", help="what to build")
print(fmt.format_help())

raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="Lines:\n  one\n  two")
raw.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
print(raw.format_help())
print(raw.parse_args(["--no-flag"]))
