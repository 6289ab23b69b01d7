"""pydiff: compare two config files in several output formats."""
import argparse
import contextlib
import difflib
import io
import os
import sys
import tempfile

OLD = """\
[server]
host = 127.0.0.1
port = 8080
workers = 4
timeout = 30

[logging]
level = info
file = /var/log/app.log
rotate = daily
"""

NEW = """\
[server]
host = 0.0.0.0
port = 8080
workers = 8
keepalive = yes

[logging]
level = debug
file = /var/log/app.log
rotate = weekly
compress = true
"""


def read_lines(path):
    with open(path, encoding="utf-8") as fh:
        return fh.readlines()


def main(argv):
    p = argparse.ArgumentParser(prog="pydiff")
    p.add_argument("old")
    p.add_argument("new")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("-u", "--unified", type=int, nargs="?", const=3, metavar="N")
    fmt.add_argument("-c", "--context", type=int, nargs="?", const=3, metavar="N")
    fmt.add_argument("-n", "--ndiff", action="store_true")
    fmt.add_argument("--stats", action="store_true")
    p.add_argument("-q", "--brief", action="store_true")
    args = p.parse_args(argv)
    a, b = read_lines(args.old), read_lines(args.new)
    if a == b:
        return 0
    if args.brief:
        print(f"Files {args.old} and {args.new} differ")
        return 1
    if args.ndiff:
        sys.stdout.writelines(difflib.ndiff(a, b))
    elif args.context is not None:
        sys.stdout.writelines(difflib.context_diff(a, b, args.old, args.new, "t0", "t1", n=args.context))
    elif args.stats:
        sm = difflib.SequenceMatcher(None, a, b)
        print(f"ratio={sm.ratio():.4f} quick={sm.quick_ratio():.4f} real_quick={sm.real_quick_ratio():.4f}")
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            print(f"{tag:<7} a[{i1}:{i2}] b[{j1}:{j2}]")
        print("blocks:", [tuple(m) for m in sm.get_matching_blocks()])
        groups = list(sm.get_grouped_opcodes(1))
        print("groups(n=1):", len(groups), [len(g) for g in groups])
    else:
        n = 3 if args.unified is None else args.unified
        sys.stdout.writelines(difflib.unified_diff(a, b, args.old, args.new, n=n, lineterm="\n"))
    return 1


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as e:
            code = e.code
    print(f"$ pydiff {' '.join(argv)}  [exit {code}]")
    print(out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue().strip().splitlines()[-1])


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("old.ini", "w") as fh:
        fh.write(OLD)
    with open("new.ini", "w") as fh:
        fh.write(NEW)
    with open("copy.ini", "w") as fh:
        fh.write(OLD)
    run(["old.ini", "copy.ini"])
    run(["-q", "old.ini", "new.ini"])
    run(["old.ini", "new.ini"])
    run(["-u", "0", "old.ini", "new.ini"])
    run(["-u", "1", "old.ini", "new.ini"])
    run(["-c", "1", "old.ini", "new.ini"])
    run(["--ndiff", "old.ini", "new.ini"])
    run(["--stats", "old.ini", "new.ini"])
    run(["-u", "-n", "old.ini", "new.ini"])
    os.chdir("/")

print("--- word-level helpers ---")
words = ["configure", "configuration", "confirm", "conform", "figure", "reconfigure"]
print("close to 'configur':", difflib.get_close_matches("configur", words))
print("close n=2 cutoff=0.4:", difflib.get_close_matches("confrm", words, n=2, cutoff=0.4))
for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", ""), ("abc", "")]:
    sm = difflib.SequenceMatcher(None, x, y)
    print(f"{x!r} vs {y!r}: ratio={sm.ratio():.3f} ops={sm.get_opcodes()}")
sm = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print("junk-aware:", round(sm.ratio(), 3), sm.find_longest_match(0, 29, 0, 38))
print("ndiff intraline:")
for line in difflib.ndiff(["one two three\n", "same\n"], ["one too three\n", "same\n", "extra\n"]):
    print("  " + line, end="")
delta = list(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]))
print("restore 1:", list(difflib.restore(delta, 1)), "restore 2:", list(difflib.restore(delta, 2)))
print("unified bytes:")
for line in difflib.diff_bytes(difflib.unified_diff, [b"x\n", b"y\n"], [b"x\n", b"z\n"], b"a", b"b", lineterm=b"\n"):
    print("  ", line)
print("IS_CHARACTER_JUNK(' '):", difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  # \n"))
