import subprocess
import sys


def run_child(code, *args, stdin=None):
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        input=stdin,
    )
    return proc.returncode, proc.stdout, proc.stderr


CASES = [
    ("exit none", "import sys; sys.exit()"),
    ("exit None", "import sys; sys.exit(None)"),
    ("exit 0", "import sys; sys.exit(0)"),
    ("exit 3", "import sys; sys.exit(3)"),
    ("exit 255", "import sys; sys.exit(255)"),
    ("exit 256", "import sys; sys.exit(256)"),
    ("exit -1", "import sys; sys.exit(-1)"),
    ("exit str", "import sys; sys.exit('fatal: bad config')"),
    ("exit tuple", "import sys; sys.exit((1, 2))"),
    ("exit True", "import sys; sys.exit(True)"),
    ("raise SystemExit 7", "raise SystemExit(7)"),
    ("raise SystemExit()", "raise SystemExit()"),
    ("builtin exit", "exit(4)"),
    ("quit", "quit(5)"),
    ("uncaught", "raise ValueError('boom')"),
    ("keyboard", "raise KeyboardInterrupt"),
    ("os._exit", "import os; print('flushed', end='', flush=True); os._exit(9)"),
    ("print then exit", "print('hello'); import sys; sys.stdout.flush(); sys.exit(2)"),
    ("stderr write", "import sys; sys.stderr.write('warn\\n'); print('out')"),
    ("exit in finally", "import sys\ntry:\n    sys.exit(6)\nfinally:\n    print('cleanup')"),
    ("caught exit", "import sys\ntry:\n    sys.exit(8)\nexcept SystemExit as e:\n    print('caught', e.code)\nprint('continuing')"),
]

for label, code in CASES:
    rc, out, err = run_child(code)
    last_err = err.strip().splitlines()[-1] if err.strip() else ""
    print(f"{label:20s} rc={rc:4d} out={out!r} err_last={last_err!r}")

print("== argv ==")
argv_code = "import sys; print(len(sys.argv)); print(sys.argv[0]); print(sys.argv[1:])"
rc, out, err = run_child(argv_code, "alpha", "--flag", "x y", "")
print(rc, out.splitlines())

print("== stdin ==")
stdin_code = (
    "import sys\n"
    "lines = sys.stdin.read().splitlines()\n"
    "total = sum(int(x) for x in lines if x.strip())\n"
    "print('count', len(lines))\n"
    "print('total', total)\n"
    "sys.exit(0 if total < 100 else 1)\n"
)
for data in ["1\n2\n3\n", "50\n60\n", ""]:
    rc, out, err = run_child(stdin_code, stdin=data)
    print(repr(data), rc, out.split())

print("== check=True ==")
try:
    subprocess.run([sys.executable, "-c", "import sys; print('partial'); sys.exit(12)"],
                   check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as exc:
    print("returncode", exc.returncode)
    print("stdout", repr(exc.stdout))
    print("output is stdout", exc.output is exc.stdout)
    print("cmd[1:]", exc.cmd[1:])
    msg = str(exc)
    print("msg tail", msg[msg.index("returned"):])

print("== bytes mode ==")
p = subprocess.run([sys.executable, "-c", "import sys; sys.stdout.buffer.write(bytes(range(65, 70)))"],
                   stdout=subprocess.PIPE)
print(p.stdout, type(p.stdout).__name__, p.stderr)

print("== unicode ==")
p = subprocess.run([sys.executable, "-c", "print('caf\\u00e9 \\u2603')"],
                   capture_output=True, encoding="utf-8")
print(repr(p.stdout), len(p.stdout))
