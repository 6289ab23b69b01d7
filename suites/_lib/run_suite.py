"""Run benchmarks from suites/MANIFEST.toml by hand (a developer tool,
not the lab; needs CPython 3.11 for tomllib, the benchmarks it starts
can be any runtime).

    /usr/bin/python3.11 suites/_lib/run_suite.py [--python PATH]
        [--group NAME | --only a,b,c] [--check-only] [--json]
        [-- extra bench.py arguments]

Default extra arguments: --loops 1 --values 1 --warmups 0.  Prints one
line per benchmark with its value (seconds per loop) or its failure.
Command benchmarks are timed as whole processes (one run each).
"""

import argparse
import json
import os
import subprocess
import sys
import time
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SUITES = os.path.dirname(HERE)


def load_manifest():
    with open(os.path.join(SUITES, "MANIFEST.toml"), "rb") as f:
        return tomllib.load(f)


def run_bench(python, spec, extra, check_only):
    path = os.path.join(SUITES, spec["path"], "bench.py")
    args = [python, path] + list(spec.get("args", []))
    args += ["--check-only"] if check_only else list(extra)
    env = dict(os.environ)
    env["PYTHONPATH"] = HERE + os.pathsep + env.get("PYTHONPATH", "")
    t0 = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        return None, "exit %d: %s" % (proc.returncode, tail), wall
    if check_only:
        return None, "check ok", wall
    out = json.loads(proc.stdout)
    return out, None, wall


def run_command(python, spec):
    t0 = time.perf_counter()
    proc = subprocess.run([python] + list(spec["command"]),
                          capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        return None, "exit %d" % proc.returncode, wall
    return wall, None, wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--group", default="all")
    ap.add_argument("--only", default="")
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("extra", nargs="*")
    opts = ap.parse_args()
    extra = opts.extra or ["--loops", "1", "--values", "1", "--warmups", "0"]
    manifest = load_manifest()
    benches = manifest["benchmarks"]
    names = (opts.only.split(",") if opts.only
             else manifest["groups"][opts.group])
    failures = 0
    ran = 0
    results = {}
    for name in names:
        spec = benches[name]
        if spec.get("kind", "bench") == "command":
            if opts.check_only:
                continue
            ran += 1
            value, err, wall = run_command(opts.python, spec)
        else:
            ran += 1
            out, err, wall = run_bench(opts.python, spec, extra,
                                       opts.check_only)
            value = None
            if out is not None:
                value = min(out["values"])
        if err and err != "check ok":
            failures += 1
            line = "%-26s FAIL  %s" % (name, err)
        elif value is None:
            line = "%-26s ok" % name
        else:
            line = "%-26s %9.1f ms" % (name, value * 1000)
        results[name] = value
        print(line, flush=True)
    if opts.json:
        print(json.dumps(results))
    print("%d passed, %d failed" % (ran - failures, failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
