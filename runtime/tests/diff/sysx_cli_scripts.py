"""Writes small CLI scripts to a temp dir and runs them like a user would."""
import os
import subprocess
import sys
import tempfile
import textwrap

SCRIPTS = {
    "tool.py": '''
        import sys, os
        def main(argv=None):
            argv = sys.argv[1:] if argv is None else argv
            print("prog", os.path.basename(sys.argv[0]))
            print("args", argv)
            print("name", __name__)
            print("path0 is script dir", os.path.samefile(sys.path[0], os.path.dirname(os.path.abspath(__file__))))
            if not argv:
                print("usage: tool.py CMD", file=sys.stderr)
                return 2
            if argv[0] == "fail":
                return "failure: " + " ".join(argv[1:])
            return 0
        if __name__ == "__main__":
            sys.exit(main())
    ''',
    "helpers.py": '''
        GREETING = "hi from helpers"
        print("helpers imported as", __name__)
    ''',
    "uses_helper.py": '''
        import helpers
        print(helpers.GREETING)
    ''',
    "hooks.py": '''
        import sys
        def hook(tp, val, tb):
            print("custom hook:", tp.__name__, val, tb is not None)
        sys.excepthook = hook
        print("before")
        raise LookupError("missing key")
    ''',
    "flags.py": '''
        import sys
        f = sys.flags
        print("optimize", f.optimize,
              "isolated", f.isolated, "ignore_environment", f.ignore_environment,
              "no_site", f.no_site, "verbose", f.verbose, "quiet", f.quiet)
        print("assert active", __debug__)
        try:
            assert False, "asserts on"
        except AssertionError as e:
            print("caught", e)
    ''',
    "streams.py": '''
        import sys
        n = sys.stdout.write("abc\\n")
        m = sys.stderr.write("to-err\\n")
        print("wrote", n, m)
        print("x", "y", sep="-", end="!\\n", file=sys.stdout)
        print("to stderr via print", file=sys.stderr)
        sys.stdout.writelines(["l1\\n", "l2\\n"])
        print(sys.stdout.isatty(), sys.stdin.isatty() if sys.stdin else None)
        print(sys.stdout.encoding.lower().replace("-", ""), sys.stdout.errors)
    ''',
    "recur.py": '''
        import sys
        sys.setrecursionlimit(200)
        print(sys.getrecursionlimit())
        def down(n):
            return down(n + 1)
        try:
            down(0)
        except RecursionError as e:
            print("RecursionError", str(e).split(" while")[0])
    ''',
    "pkg/__init__.py": "",
    "pkg/__main__.py": '''
        import sys
        print("running pkg main", __name__)
        print("argv", sys.argv[1:])
    ''',
    "pkg/cli.py": '''
        import sys
        print("module cli", __name__, sys.argv[1:], sys.argv[0].endswith("cli.py"))
        raise SystemExit(11)
    ''',
}

with tempfile.TemporaryDirectory() as tmp:
    for name, src in SCRIPTS.items():
        path = os.path.join(tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(textwrap.dedent(src).lstrip())

    def run(*args, cwd=tmp, show_err=True, **kw):
        p = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, **kw)
        print(f"$ {' '.join(args)}  -> rc={p.returncode}")
        for line in p.stdout.splitlines():
            print("   out|", line)
        for line in p.stderr.splitlines()[-2:] if show_err else []:
            print("   err|", line)

    run("tool.py")
    run("tool.py", "build", "--fast", "target")
    run("tool.py", "fail", "disk", "full")
    run(os.path.join("pkg", "..", "tool.py"), "x")
    run("uses_helper.py")
    run("hooks.py")
    run("flags.py")
    run("streams.py")
    run("recur.py")
    run("-m", "pkg", "a", "b")
    run("-m", "pkg.cli", "--opt")
    run("-m", "no_such_module_zz", show_err=False)
    run("missing_script.py", show_err=False)
    run("-c", "import sys; print(sys.argv)", "p", "q")
    run("-c", "import sys; print(sys.argv[0], len(sys.argv))")
    run("-", input="import sys\nprint('from stdin', sys.argv)\n")
    run("-c", "print(__name__, __file__ if '__file__' in dir() else 'no file')")
    run("-c", "import sys; print([p for p in sys.path[:1]])")
