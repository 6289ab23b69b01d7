"""A job runner whose failures end in an uncaught ExceptionGroup with notes."""


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"job {job} failed: {reason}")
        self.job = job


def run_job(name, n):
    total = 0
    for i in range(n):
        total += i * i
    if n % 3 == 0:
        raise JobError(name, f"multiple of three ({n})")
    if n > 10:
        raise OverflowError(f"{name} too large: {n}")
    return total


results = {}
errors = []
for idx, n in enumerate([1, 2, 3, 5, 8, 11, 12, 4]):
    name = f"job{idx}"
    try:
        results[name] = run_job(name, n)
        print(f"{name}: ok {results[name]}")
    except Exception as exc:
        exc.add_note(f"input was {n}")
        print(f"{name}: {type(exc).__name__}: {exc}")
        errors.append(exc)

print(sorted(results.items()))
print(len(errors), "failures")
if errors:
    group = ExceptionGroup("some jobs failed", errors)
    group.add_note(f"{len(results)} jobs succeeded")
    raise group
