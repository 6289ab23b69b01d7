"""A small wc/grep/head/tail/uniq/sort/cut toolkit with argparse subcommands."""
import argparse
import contextlib
import io
import os
import re
import sys
import tempfile


def cmd_wc(args, out):
    totals = [0, 0, 0]
    for name in args.files:
        with open(name, encoding="utf-8") as fh:
            data = fh.read()
        counts = [data.count("\n"), len(data.split()), len(data.encode("utf-8"))]
        for i, c in enumerate(counts):
            totals[i] += c
        sel = [c for c, flag in zip(counts, (args.lines, args.words, args.bytes)) if flag] or counts
        print(" ".join(f"{c:>7}" for c in sel), os.path.basename(name), file=out)
    if len(args.files) > 1:
        print(" ".join(f"{c:>7}" for c in totals), "total", file=out)
    return 0


def cmd_grep(args, out):
    flags = re.IGNORECASE if args.ignore_case else 0
    pat = re.compile(args.pattern, flags)
    found = 0
    for name in args.files:
        with open(name, encoding="utf-8") as fh:
            for num, line in enumerate(fh, 1):
                hit = bool(pat.search(line))
                if hit != args.invert:
                    found += 1
                    if args.count:
                        continue
                    prefix = f"{os.path.basename(name)}:" if len(args.files) > 1 else ""
                    if args.line_number:
                        prefix += f"{num}:"
                    print(prefix + line.rstrip("\n"), file=out)
    if args.count:
        print(found, file=out)
    return 0 if found else 1


def cmd_head(args, out):
    with open(args.file, encoding="utf-8") as fh:
        lines = fh.readlines()
    sel = lines[: args.n] if not args.tail else lines[-args.n:]
    out.write("".join(sel))
    return 0


def cmd_uniq(args, out):
    with open(args.file, encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh]
    if args.sort:
        lines.sort(key=str.lower if args.fold else None, reverse=args.reverse)
    prev, n = None, 0
    groups = []
    for line in lines + [None]:
        key = line.lower() if (args.fold and line is not None) else line
        if key == prev:
            n += 1
            continue
        if prev is not None:
            groups.append((n, first))
        prev, n, first = key, 1, line
    for n, line in groups:
        if args.count:
            print(f"{n:>4} {line}", file=out)
        else:
            print(line, file=out)
    return 0


def cmd_cut(args, out):
    fields = []
    for part in args.fields.split(","):
        if "-" in part:
            a, b = part.split("-")
            fields.extend(range(int(a), int(b) + 1))
        else:
            fields.append(int(part))
    with open(args.file, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split(args.delimiter)
            print(args.delimiter.join(cols[f - 1] for f in fields if f <= len(cols)), file=out)
    return 0


def build_parser():
    p = argparse.ArgumentParser(prog="textkit", description="Tiny text utilities.")
    p.add_argument("--version", action="version", version="%(prog)s 0.3")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    wc = sub.add_parser("wc", help="count lines, words, bytes")
    wc.add_argument("-l", "--lines", action="store_true")
    wc.add_argument("-w", "--words", action="store_true")
    wc.add_argument("-c", "--bytes", action="store_true")
    wc.add_argument("files", nargs="+")
    wc.set_defaults(func=cmd_wc)
    g = sub.add_parser("grep", help="search for a pattern")
    g.add_argument("pattern")
    g.add_argument("files", nargs="+", metavar="FILE")
    g.add_argument("-i", "--ignore-case", action="store_true")
    g.add_argument("-v", "--invert", action="store_true")
    g.add_argument("-n", "--line-number", action="store_true")
    g.add_argument("-c", "--count", action="store_true")
    g.set_defaults(func=cmd_grep)
    h = sub.add_parser("head", help="first or last lines", aliases=["tail"])
    h.add_argument("-n", type=int, default=3, help="number of lines (default: %(default)s)")
    h.add_argument("--tail", action="store_true")
    h.add_argument("file")
    h.set_defaults(func=cmd_head)
    u = sub.add_parser("uniq", help="collapse duplicate lines")
    u.add_argument("file")
    u.add_argument("-c", "--count", action="store_true")
    u.add_argument("-s", "--sort", action="store_true")
    u.add_argument("-f", "--fold", action="store_true")
    u.add_argument("-r", "--reverse", action="store_true")
    u.set_defaults(func=cmd_uniq)
    c = sub.add_parser("cut", help="select fields")
    c.add_argument("-d", "--delimiter", default="\t")
    c.add_argument("-f", "--fields", required=True)
    c.add_argument("file")
    c.set_defaults(func=cmd_cut)
    return p


def run(argv):
    parser = build_parser()
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = parser.parse_args(argv)
            code = args.func(args, sys.stdout)
        except SystemExit as exc:
            code = exc.code
    print(f"$ textkit {' '.join(argv)}  -> exit {code}")
    for line in out.getvalue().splitlines():
        print("  | " + line)
    for line in err.getvalue().splitlines():
        print("  ! " + line)


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("fruits.txt", "w", encoding="utf-8") as fh:
        fh.write("apple\nBanana\nbanana\napple\napple\ncherry\nDate\ndate\nélan vital\n")
    with open("log.txt", "w", encoding="utf-8") as fh:
        for i in range(1, 9):
            lvl = ["INFO", "WARN", "ERROR"][i % 3]
            fh.write(f"2024-01-0{i} {lvl} worker-{i % 4} processed {i * 17} items\n")
    with open("people.csv", "w", encoding="utf-8") as fh:
        fh.write("name,age,city,role\nana,31,Lisbon,dev\nbo,45,Oslo,ops\ncy,28,Lima,qa\n")

    run(["wc", "fruits.txt", "log.txt"])
    run(["wc", "-l", "-w", "people.csv"])
    run(["grep", "-n", "error", "log.txt"])
    run(["grep", "-i", "-n", "error", "log.txt"])
    run(["grep", "-c", "-v", "INFO", "log.txt"])
    run(["grep", "an", "fruits.txt", "people.csv"])
    run(["grep", "zzz", "fruits.txt"])
    run(["head", "-n", "2", "log.txt"])
    run(["tail", "--tail", "-n", "2", "log.txt"])
    run(["uniq", "-c", "fruits.txt"])
    run(["uniq", "-c", "-s", "-f", "fruits.txt"])
    run(["uniq", "-s", "-r", "fruits.txt"])
    run(["cut", "-d", ",", "-f", "1,3", "people.csv"])
    run(["cut", "-d", ",", "-f", "2-4", "people.csv"])
    run(["--version"])
    run(["--help"])
    run(["wc", "--help"])
    run(["head", "--help"])
    run([])
    run(["bogus"])
    run(["cut", "people.csv"])
    run(["head", "-n", "x", "log.txt"])
    run(["grep", "-q", "a", "fruits.txt"])
    os.chdir("/")
