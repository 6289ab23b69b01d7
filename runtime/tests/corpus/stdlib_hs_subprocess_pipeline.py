"""A small build-and-report tool: runs shell tools over generated files, chains processes
with pipes, and reports failures the way a CI script would."""
import os
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field


@dataclass
class StepResult:
    name: str
    ok: bool
    output: str
    notes: list = field(default_factory=list)


def run_step(name, cmd, **kw):
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=True, **kw)
    except subprocess.CalledProcessError as exc:
        detail = exc.stderr.strip() or exc.stdout.strip()
        return StepResult(name, False, detail, [f"exit {exc.returncode}"])
    except FileNotFoundError as exc:
        return StepResult(name, False, "", [f"missing tool: {exc.filename}"])
    return StepResult(name, True, proc.stdout)


def pipeline(*commands, data=b""):
    """Runs commands connected stdout -> stdin, like a shell pipeline; returns the last output."""
    procs = []
    prev = subprocess.PIPE
    for i, cmd in enumerate(commands):
        p = subprocess.Popen(cmd, stdin=prev, stdout=subprocess.PIPE)
        if i > 0:
            procs[-1].stdout.close()  # so the earlier process gets SIGPIPE if this one exits
        procs.append(p)
        prev = p.stdout
    try:
        procs[0].stdin.write(data)
        procs[0].stdin.close()
    except BrokenPipeError:
        pass  # a later stage stopped reading early
    out = procs[-1].stdout.read()
    procs[-1].stdout.close()
    codes = [p.wait() for p in procs]
    return out, codes


with tempfile.TemporaryDirectory() as work:
    sources = {
        "alpha.txt": "pear\napple\nfig\napple\n",
        "beta.txt": "kiwi\nbanana\n",
        "gamma.log": "ERROR disk full\nINFO ok\nERROR timeout\nWARN slow\n",
    }
    for name, text in sources.items():
        with open(os.path.join(work, name), "w") as f:
            f.write(text)

    steps = [
        run_step("list", ["ls"], cwd=work),
        run_step("count", "wc -l *.txt | sort -n", shell=True, cwd=work),
        run_step("errors", ["grep", "-c", "ERROR", "gamma.log"], cwd=work),
        run_step("missing-file", ["cat", "nope.txt"], cwd=work, env={"LC_ALL": "C", "PATH": os.defpath}),
        run_step("no-tool", ["definitely-not-installed-tool", "--version"]),
        run_step("bad-exit", "echo partial; exit 3", shell=True),
    ]
    for s in steps:
        status = "ok " if s.ok else "FAIL"
        first = s.output.splitlines()[0] if s.output else ""
        print(f"[{status}] {s.name:<13} {first!r:<32} {' '.join(s.notes)}")

    # Sorting and de-duplicating through a three-stage pipeline.
    text = b"".join(open(os.path.join(work, n), "rb").read() for n in ("alpha.txt", "beta.txt"))
    out, codes = pipeline(["sort"], ["uniq", "-c"], ["sort", "-k1,1nr", "-k2"], data=text)
    print("pipeline exit codes:", codes)
    for line in out.decode().splitlines():
        count, word = line.split()
        print(f"  {word:<8}{count:>3}")

    # An early exit downstream: head stops reading, upstream ends (SIGPIPE or done).
    out, codes = pipeline(["cat"], ["head", "-n", "2"], data=b"".join(b"%d\n" % i for i in range(50000)))
    print("head saw:", out.split(), "head exit:", codes[-1])

    # Feeding a process line by line and reading its replies.
    calc = subprocess.Popen(["sh", "-c", "while read a b; do echo $((a * b)); done"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    for a, b in [(6, 7), (12, 12), (-3, 5)]:
        calc.stdin.write(f"{a} {b}\n")
        print(f"{a} * {b} =", calc.stdout.readline().strip())
    calc.stdin.close()
    print("calc exit:", calc.wait())

    # Quoting a command that has spaces in its arguments.
    args = ["printf", "%s|", "two words", "it's", "$HOME"]
    line = shlex.join(args)
    print(line)
    print(subprocess.check_output(line, shell=True, text=True))

    # Environment passed through and overridden.
    env = dict(os.environ, STAGE="release", BUILD_NO="42")
    print(subprocess.check_output("echo $STAGE-$BUILD_NO", shell=True, env=env, text=True).strip())

    # A child interpreter (whichever runs this program) doing part of the work.
    code = "import sys; data = sys.stdin.read().split(); print(len(data), max(data, key=len))"
    r = subprocess.run([sys.executable, "-c", code], input="a bb ccc dddd ee", capture_output=True, text=True)
    print("child python:", r.returncode, r.stdout.strip())

    status, listing = subprocess.getstatusoutput(f"cd {shlex.quote(work)} && ls *.log *.none")
    print("getstatusoutput:", status, [l.split(":")[0] for l in listing.splitlines()][:1])
