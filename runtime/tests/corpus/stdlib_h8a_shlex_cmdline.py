import shlex
import argparse
import fnmatch

lines = [
    'ls -la "My Documents" /tmp',
    "echo 'single quoted $HOME' \"double $HOME\" plain\\ space",
    'grep -E "a|b" file.txt  # trailing comment',
    "cmd --opt=val -x=1 'it'\"'\"'s'",
    'a"b c"d e\'f g\'h',
    "",
    "   spaced    out   ",
]
for line in lines:
    print(repr(line))
    print("   split:", shlex.split(line))
    print("   comments:", shlex.split(line, comments=True))
for bad in ['echo "unterminated', "it's", 'tail \\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
args = ["simple", "has space", "it's", "", "$var", "a\"b", "semi;colon", "ok-_./=:@%+,"]
for a in args:
    print(f"{a!r:>15} -> {shlex.quote(a)}")
print(shlex.join(["cp", "my file", "dest dir/"]))
lex = shlex.shlex("a=1; b = 'two words'; c=x+y", posix=True)
lex.whitespace_split = False
print(list(lex))
lex = shlex.shlex("key1=val1,key2=val2", posix=True, punctuation_chars=False)
lex.whitespace += ","
lex.whitespace_split = True
print(list(lex))
print(list(shlex.shlex("ls|grep x&&echo ok;exit", punctuation_chars=True)))

parser = argparse.ArgumentParser(prog="tool", description="demo tool")
parser.add_argument("files", nargs="*", help="input files")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("-o", "--output", default="-", metavar="PATH")
parser.add_argument("-n", "--num", type=int, default=10, choices=range(1, 101))
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--tag", action="append", default=[])
parser.add_argument("--dry-run", action="store_true")
parser.add_argument("--ratio", type=float)
for cmd in ["a.txt b.txt -vv -o out.txt", "-n 5 --mode slow --tag x --tag y", "--dry-run -- -weird-file", "--ratio 0.5 -vvv c.txt --num=42", ""]:
    ns = parser.parse_args(shlex.split(cmd))
    print(f"{cmd!r:>44} -> {sorted(vars(ns).items())}")
for cmd in ["-n abc", "--mode medium", "-n 500", "--unknown", "-o"]:
    try:
        import io, contextlib
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            parser.parse_args(shlex.split(cmd))
    except SystemExit as e:
        print(f"{cmd!r:>16} exit={e.code} {err.getvalue().strip().splitlines()[-1]}")
ns, rest = parser.parse_known_args(["x", "--zzz", "-v"])
print(ns.files, ns.verbose, rest)

names = ["main.py", "test_main.py", "README.md", "setup.cfg", "data.CSV", "a1.txt", "ab.txt", ".hidden", "dir/file.py"]
for pat in ["*.py", "test_*", "?.txt", "[a-c]*", "*.[ct]*", "[!.]*", "*.csv", "dir/*", "*"]:
    print(f"{pat:>8}: {fnmatch.filter(names, pat)} case={[n for n in names if fnmatch.fnmatchcase(n, pat)] == fnmatch.filter(names, pat)}")
print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?x"), fnmatch.fnmatch("A.PY", "*.py"))
