"""Self-test of the harness protocol.

    /usr/bin/python3.11 suites/_lib/test_harness.py

Runs small benchmark scripts in subprocesses (so exit statuses and stdout
are checked for real) and ends with "N passed, N failed".
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SUITES = os.path.dirname(HERE)
PYTHON = sys.executable

# A benchmark whose function sleeps a little; FAIL=1 breaks its check.
SLEEPER = r'''
import os, time, harness
calls = [0]
def body():
    calls[0] += 1
    time.sleep(0.002)
    return 42
def check(result):
    if os.environ.get("FAIL") == "1":
        return "deliberately broken"
    harness.expect(result, 42)
harness.main("sleeper", body, check=check)
'''

# A time_func benchmark that reports a fixed, fake time per loop.
TIMED = r'''
import harness
state = {"loops": 0}
def timer(loops):
    state["loops"] += loops
    return 0.01 * loops
def check():
    assert state["loops"] > 0, "never ran"
harness.main("timed", time_func=timer, check=check)
'''

# Values that are noisy for a while and then settle exactly.
SETTLING = r'''
import harness
step = [0]
def timer(loops):
    step[0] += 1
    if step[0] <= 8:
        return 0.5 if step[0] % 2 else 1.0
    return 1.0
harness.main("settling", time_func=timer)
'''

# Never steady: alternates forever.
NOISY = r'''
import harness
step = [0]
def timer(loops):
    step[0] += 1
    return 0.5 if step[0] % 2 else 1.0
harness.main("noisy", time_func=timer)
'''

# Prints its fds' traffic order to stderr so the test can see the order.
HANDSHAKE = r'''
import sys, harness
events = []
def body():
    return 1
def timer(loops):
    sys.stderr.write("T%d\n" % loops)
    return 0.001 * loops
harness.main("hs", time_func=timer)
'''

VARIANTS = r'''
import harness
v = harness.variant("a", ["a", "b"])
harness.main("var_" + v, lambda: v, check=lambda r: harness.expect(r, v))
'''

PYPERF = r'''
import pyperf
runner = pyperf.Runner()
runner.argparser.add_argument("--n", type=int, default=3)
runner.argparser.add_argument("--fast-mode", action="store_true")
runner.argparser.add_argument("--kind", choices=["x", "y"], default="x")
args = runner.parse_args()
runner.metadata["n"] = args.n
runner.metadata["fast"] = args.fast_mode
runner.metadata["kind"] = args.kind
runner.bench_func("first", lambda: sum(range(args.n)))
runner.bench_func("second", lambda: 0)
'''

PYPERF_TIME = r'''
import pyperf
def f(loops, k):
    return 0.25 * loops * k
runner = pyperf.Runner()
runner.bench_time_func("timefunc", f, 2, inner_loops=10)
'''

PYPERF_ASYNC = r'''
import pyperf
async def work(n):
    return n * 2
runner = pyperf.Runner()
runner.bench_async_func("asyncfunc", work, 5)
'''

passed = 0
failed = 0
tmpdir = tempfile.mkdtemp(prefix="harness-test-")


def script(name, text):
    path = os.path.join(tmpdir, name + ".py")
    with open(path, "w") as f:
        f.write(text)
    return path


def run(path, args, env=None, pass_fds=()):
    e = dict(os.environ)
    e["PYTHONPATH"] = HERE
    if env:
        e.update(env)
    return subprocess.run([PYTHON, path] + list(args), env=e,
                          capture_output=True, text=True, pass_fds=pass_fds)


def test(fn):
    global passed, failed
    try:
        fn()
    except Exception as exc:
        failed += 1
        print("FAIL %s: %s: %s" % (fn.__name__, type(exc).__name__, exc))
    else:
        passed += 1
        print("ok   %s" % fn.__name__)
    return fn


def one_json(proc):
    assert proc.returncode == 0, "exit %d: %s" % (proc.returncode, proc.stderr)
    lines = proc.stdout.splitlines()
    assert len(lines) == 1, "stdout should be one line: %r" % proc.stdout
    return json.loads(lines[0])


KEYS = {"name", "loops", "calibration", "warmups", "values", "steady_after",
        "check", "implementation", "version"}


@test
def fixed_loops_output_shape():
    out = one_json(run(script("sleeper", SLEEPER),
                       ["--loops", "3", "--values", "2", "--warmups", "1"]))
    assert KEYS <= set(out), sorted(out)
    assert out["name"] == "sleeper"
    assert out["loops"] == 3
    assert out["calibration"] == []
    assert len(out["warmups"]) == 1 and len(out["values"]) == 2
    assert all(0.0015 < v < 0.5 for v in out["values"]), out["values"]
    assert out["steady_after"] is None
    assert out["check"] == "ok"
    assert out["implementation"] == sys.implementation.name
    assert out["version"] == "%d.%d.%d" % tuple(sys.version_info[:3])


@test
def defaults():
    out = one_json(run(script("timed", TIMED), []))
    assert len(out["values"]) == 3 and len(out["warmups"]) == 1
    # 0.01 s per loop, min-time 0.1: 1, 2, 4, 8, 16 loops
    assert [c[0] for c in out["calibration"]] == [1, 2, 4, 8, 16], out
    assert out["loops"] == 16


@test
def calibration_doubles_until_min_time():
    out = one_json(run(script("timed", TIMED),
                       ["--min-time", "0.05", "--warmups", "0"]))
    cal = out["calibration"]
    assert [c[0] for c in cal] == [1, 2, 4, 8], cal
    assert abs(cal[-1][1] - 0.08) < 1e-9
    assert all(c[1] < 0.05 for c in cal[:-1])
    assert out["loops"] == 8
    assert out["values"] == [0.01, 0.01, 0.01]
    assert out["warmups"] == []


@test
def calibration_real_timer():
    out = one_json(run(script("sleeper", SLEEPER),
                       ["--min-time", "0.02", "--values", "1"]))
    cal = out["calibration"]
    assert cal[0][0] == 1 and cal[-1][1] >= 0.02, cal
    assert out["loops"] == cal[-1][0]
    for a, b in zip(cal, cal[1:]):
        assert b[0] == 2 * a[0]


@test
def auto_warmups_become_steady():
    out = one_json(run(script("settling", SETTLING),
                       ["--loops", "1", "--warmups", "auto"]))
    # noisy (0.5 / 1.0 alternating) for 8 values, then 1.0 forever: steady
    # exactly when the rule first holds, and not before
    w = out["warmups"]
    k = out["steady_after"]
    assert k is not None and k == len(w), out
    last = w[-6:]
    a = sorted(last[:3])[1]
    b = sorted(last[3:])[1]
    assert abs(a - b) <= 0.02 * min(a, b)
    # and no earlier window was steady
    for end in range(6, k):
        win = w[end - 6:end]
        a = sorted(win[:3])[1]
        b = sorted(win[3:])[1]
        assert abs(a - b) > 0.02 * min(a, b), (end, win)
    assert len(out["values"]) == 3


@test
def auto_warmups_never_steady():
    out = one_json(run(script("noisy", NOISY),
                       ["--loops", "1", "--warmups", "auto", "--values", "2"]))
    assert out["steady_after"] is None
    assert len(out["warmups"]) == 40
    assert len(out["values"]) == 2


@test
def output_file_and_nothing_on_stdout():
    path = os.path.join(tmpdir, "out.json")
    proc = run(script("timed", TIMED),
               ["--loops", "2", "--output", path, "--warmups", "0"])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "", proc.stdout
    assert not os.path.exists(path + ".tmp")
    with open(path) as f:
        out = json.load(f)
    assert out["loops"] == 2 and out["values"] == [0.01, 0.01, 0.01]


@test
def handshake_with_pipes():
    ctl_r, ctl_w = os.pipe()
    ack_r, ack_w = os.pipe()
    path = script("hs", HANDSHAKE)
    e = dict(os.environ)
    e["PYTHONPATH"] = HERE
    proc = subprocess.Popen(
        [PYTHON, path, "--loops", "1", "--values", "2", "--warmups", "1",
         "--ctl-fd", str(ctl_w), "--ack-fd", str(ack_r)],
        env=e, pass_fds=(ctl_w, ack_r), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    os.close(ctl_w)
    os.close(ack_r)
    first = os.read(ctl_r, 1)
    assert first == b"E", first
    os.write(ack_w, b"k")
    second = os.read(ctl_r, 1)
    assert second == b"D", second
    os.write(ack_w, b"k")
    out, err = proc.communicate(timeout=30)
    assert os.read(ctl_r, 10) == b"", "extra bytes on the control fd"
    os.close(ctl_r)
    os.close(ack_w)
    assert proc.returncode == 0, err
    # 1 warm-up + 2 values ran, and only 2 inside the region
    assert err.split() == ["T1", "T1", "T1"], err
    data = json.loads(out)
    assert len(data["values"]) == 2


@test
def handshake_blocks_until_ack():
    ctl_r, ctl_w = os.pipe()
    ack_r, ack_w = os.pipe()
    path = script("hs", HANDSHAKE)
    e = dict(os.environ)
    e["PYTHONPATH"] = HERE
    proc = subprocess.Popen(
        [PYTHON, path, "--loops", "1", "--values", "1", "--warmups", "2",
         "--ctl-fd", str(ctl_w), "--ack-fd", str(ack_r)],
        env=e, pass_fds=(ctl_w, ack_r), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    os.close(ctl_w)
    os.close(ack_r)
    assert os.read(ctl_r, 1) == b"E"
    try:
        proc.wait(timeout=0.5)
        raise AssertionError("harness did not wait for the ack")
    except subprocess.TimeoutExpired:
        pass
    os.write(ack_w, b"k")
    assert os.read(ctl_r, 1) == b"D"
    os.write(ack_w, b"k")
    out, err = proc.communicate(timeout=30)
    os.close(ctl_r)
    os.close(ack_w)
    assert proc.returncode == 0, err


@test
def failed_check_exits_3():
    proc = run(script("sleeper", SLEEPER),
               ["--loops", "1", "--values", "1", "--warmups", "0"],
               env={"FAIL": "1"})
    assert proc.returncode == 3, proc.returncode
    assert proc.stdout == ""
    assert "check failed: deliberately broken" in proc.stderr, proc.stderr


@test
def check_only():
    path = script("sleeper", SLEEPER)
    proc = run(path, ["--check-only"])
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""
    proc = run(path, ["--check-only"], env={"FAIL": "1"})
    assert proc.returncode == 3 and proc.stdout == ""
    assert "check failed:" in proc.stderr


@test
def bad_arguments_exit_2():
    path = script("timed", TIMED)
    for args in (["--loops"], ["--loops", "x"], ["--values", "0"],
                 ["--warmups", "sometimes"], ["--bogus"],
                 ["--ctl-fd", "5"], ["--min-time", "abc"],
                 ["--variant", "a"]):
        proc = run(path, args)
        assert proc.returncode == 2, (args, proc.returncode)
        assert proc.stdout == "" and proc.stderr, args


@test
def equals_form_accepted():
    out = one_json(run(script("timed", TIMED),
                       ["--loops=4", "--values=1", "--warmups=0"]))
    assert out["loops"] == 4 and len(out["values"]) == 1


@test
def variants():
    path = script("variants", VARIANTS)
    out = one_json(run(path, ["--loops", "1", "--warmups", "0"]))
    assert out["name"] == "var_a"
    out = one_json(run(path, ["--loops", "1", "--variant", "b"]))
    assert out["name"] == "var_b" and out["variant"] == "b"
    proc = run(path, ["--variant", "c"])
    assert proc.returncode == 2


@test
def pyperf_bench_func():
    path = script("pp", PYPERF)
    out = one_json(run(path, ["--loops", "2", "--n", "7", "--fast-mode",
                              "--kind", "y", "--values", "1"]))
    assert out["name"] == "first" and out["loops"] == 2
    assert out["metadata"] == {"n": 7, "fast": True, "kind": "y"}, out
    assert out["check"] == "unchecked"
    # --variant picks a benchmark by name
    out = one_json(run(path, ["--loops", "1", "--variant", "second"]))
    assert out["name"] == "second"
    # the script's own bad option values are usage errors
    assert run(path, ["--kind", "z"]).returncode == 2
    assert run(path, ["--n", "x"]).returncode == 2
    assert run(path, ["--check-only"]).returncode == 0


@test
def pyperf_bench_time_func_inner_loops():
    out = one_json(run(script("ppt", PYPERF_TIME),
                       ["--loops", "4", "--warmups", "0"]))
    assert out["values"] == [0.05, 0.05, 0.05], out   # 0.25*2 / 10


@test
def pyperf_bench_async_func():
    out = one_json(run(script("ppa", PYPERF_ASYNC),
                       ["--loops", "3", "--warmups", "0", "--values", "1"]))
    assert out["name"] == "asyncfunc" and out["loops"] == 3


@test
def pyperf_example_script():
    path = os.path.join(HERE, "examples", "pyperf_bench_func.py")
    out = one_json(run(path, ["--loops", "1", "--values", "1",
                              "--warmups", "0", "--size", "100"]))
    assert out["name"] == "tally"
    out = one_json(run(path, ["--loops", "1", "--values", "1", "--timed"]))
    assert out["name"] == "tally_timed"


@test
def in_process_helpers():
    sys.path.insert(0, HERE)
    import harness
    assert harness.is_steady([1, 1, 1, 1, 1, 1])
    assert not harness.is_steady([1, 1, 1, 1, 1])
    assert harness.is_steady([5, 1.0, 1.01, 1.0, 1.015, 9])
    assert not harness.is_steady([1.0, 1.0, 1.0, 1.03, 1.03, 1.03])
    opts, rest = harness.parse_args(["--warmups", "auto", "x"],
                                    allow_unknown=True)
    assert opts["warmups"] == "auto" and rest == ["x"]


def load_manifest():
    try:
        import tomllib
    except ImportError:
        return None
    with open(os.path.join(SUITES, "MANIFEST.toml"), "rb") as f:
        return tomllib.load(f)


@test
def manifest_is_consistent():
    manifest = load_manifest()
    if manifest is None:
        print("     (no tomllib on this Python: manifest not checked)")
        return
    benches = manifest["benchmarks"]
    groups = manifest["groups"]
    for g in ("default", "async", "startup", "gc", "all"):
        assert g in groups, "missing group %s" % g
    for g, names in groups.items():
        for n in names:
            assert n in benches, "group %s names unknown %s" % (g, n)
        assert len(set(names)) == len(names), "duplicates in %s" % g
    assert set(groups["all"]) == set(benches), "all != every benchmark"
    for name, spec in benches.items():
        assert spec.get("description"), name
        assert isinstance(spec.get("tags"), list), name
        kind = spec.get("kind", "bench")
        if kind == "command":
            assert isinstance(spec.get("command"), list), name
            assert "path" not in spec, name
        else:
            assert kind == "bench", name
            bench = os.path.join(SUITES, spec["path"], "bench.py")
            assert os.path.isfile(bench), bench


@test
def manifest_names_match_output():
    """Each bench entry, run once, reports its own manifest name."""
    manifest = load_manifest()
    if manifest is None or os.environ.get("QUICK"):
        print("     (skipped)")
        return
    checked = []
    for name, spec in manifest["benchmarks"].items():
        if spec.get("kind", "bench") != "bench":
            continue
        need = tuple(int(x) for x in spec.get("min_python", "3.9").split("."))
        if need > tuple(sys.version_info[:2]):
            continue
        checked.append(name)
        path = os.path.join(SUITES, spec["path"], "bench.py")
        out = one_json(run(path, list(spec.get("args", [])) +
                           ["--loops", "1", "--values", "1",
                            "--warmups", "0"]))
        assert out["name"] == name, (name, out["name"])
        assert out["check"] == "ok", name
    assert len(checked) >= 40, checked


print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
