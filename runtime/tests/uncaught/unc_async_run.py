# A small job scheduler on asyncio: each job runs as a task awaiting a chain
# of helpers; once the loop has finished, the first failure is re-raised, with
# the coroutine frames it was stored with.
import asyncio


class Job:
    def __init__(self, name, cost, deps=()):
        self.name = name
        self.cost = cost
        self.deps = list(deps)

    def __repr__(self):
        return f"Job({self.name})"


class Scheduler:
    def __init__(self, jobs):
        self.jobs = {j.name: j for j in jobs}
        self.done = {}

    async def run_job(self, name):
        if name in self.done:
            return self.done[name]
        job = self.jobs[name]
        total = 0
        for dep in job.deps:
            total += await self.run_job(dep)
        total += await self.execute(job)
        self.done[name] = total
        return total

    async def execute(self, job):
        await asyncio.sleep(0)
        return await compute(job.cost)


async def compute(cost):
    await asyncio.sleep(0)
    return 100 // cost


async def main(targets):
    jobs = [
        Job("fetch", 4),
        Job("parse", 5, ["fetch"]),
        Job("index", 10, ["parse"]),
        Job("report", 0, ["index", "parse"]),
        Job("archive", 2, ["fetch"]),
    ]
    s = Scheduler(jobs)
    print("index ->", await s.run_job("index"))
    print("done so far:", sorted(s.done.items()))
    tasks = {name: asyncio.create_task(s.run_job(name)) for name in targets}
    finished, pending = await asyncio.wait(tasks.values())
    print("pending:", len(pending))
    outcome = {}
    for name, task in sorted(tasks.items()):
        exc = task.exception()
        outcome[name] = exc if exc is not None else task.result()
        print(f"{name:>8}: {'failed' if exc else task.result()}")
    return outcome


results = asyncio.run(main(["archive", "report"]))
errors = [v for v in results.values() if isinstance(v, BaseException)]
print(f"{len(errors)} job(s) failed")
if errors:
    raise errors[0]
