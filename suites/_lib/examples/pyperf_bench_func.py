"""A pyperformance-shaped script run through the pyperf shim.

    PYTHONPATH=suites/_lib /usr/bin/python3.11 suites/_lib/examples/pyperf_bench_func.py --loops 1 --values 1 --warmups 0
"""

import pyperf


def tally(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def time_tally(loops, n):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        tally(n)
    return pyperf.perf_counter() - t0


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "pyperf shim example"
    runner.argparser.add_argument("--size", type=int, default=20000,
                                  help="how many terms to add")
    runner.argparser.add_argument("--timed", action="store_true",
                                  help="use bench_time_func")
    runner.argparser.add_argument("--mode", choices=["a", "b"], default="a")
    args = runner.parse_args()
    if args.timed:
        runner.bench_time_func("tally_timed", time_tally, args.size)
    else:
        runner.bench_func("tally", tally, args.size)
