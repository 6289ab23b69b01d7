"""Real pyperf timing the lab's richards workload, for the agreement check.

Run with the real pyperf (not the shim in suites/_lib/pyperf), e.g.

    PYTHONPATH=/tmp/pyperf-real /usr/bin/python3.11 \
        lab/tests/pyperf_agreement/bench_richards_pyperf.py -o richards.json

The workload is imported from suites/richards/bench.py, not copied: one
pyperf loop is one call of `run_once()`, exactly what one loop of the lab's
harness is (suites/README.md, "Value": time of `loops` calls / `loops`).
See README.md in this folder for the procedure and the measured numbers.
"""

import os
import sys

# Import the real pyperf *before* suites/_lib goes on sys.path, because
# suites/_lib/pyperf is a shim of the same name.
import pyperf

if os.path.normpath(os.path.join("suites", "_lib")) in os.path.abspath(pyperf.__file__):
    sys.exit("this needs the real pyperf, not the shim in suites/_lib: %s"
             % pyperf.__file__)

HERE = os.path.dirname(os.path.abspath(__file__))
SUITES = os.path.normpath(os.path.join(HERE, "..", "..", "..", "suites"))
# Appended, so they never shadow the real pyperf: `harness` (imported by
# bench.py) lives in _lib, `bench` in richards/.
sys.path.append(os.path.join(SUITES, "_lib"))
sys.path.append(os.path.join(SUITES, "richards"))

import bench as richards  # noqa: E402  (suites/richards/bench.py)


def main():
    runner = pyperf.Runner()
    runner.metadata["description"] = "lab richards workload (suites/richards/bench.py run_once)"
    runner.metadata["workload"] = os.path.join(SUITES, "richards", "bench.py")
    bench = runner.bench_func("richards", richards.run_once)
    if bench is not None:
        # Main process only (workers return None): the workload's own check,
        # on one extra call outside the timing.
        richards.check(richards.run_once())


if __name__ == "__main__":
    main()
