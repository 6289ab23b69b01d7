# A tiny job scheduler tested with FunctionTestCase, debug(), and runners
# with descriptions on/off and verbosity 0/1/2.
import io
import re
import unittest


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    text = re.sub(r" at 0x[0-9a-f]+", " at 0xADDR", text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


class Job:
    def __init__(self, name, duration, deps=()):
        self.name, self.duration, self.deps = name, duration, tuple(deps)

    def __repr__(self):
        return f"Job({self.name!r}, {self.duration})"


def schedule(jobs):
    by_name = {j.name: j for j in jobs}
    done, order, t = set(), [], 0
    pending = sorted(by_name)
    while pending:
        ready = [n for n in pending if all(d in done for d in by_name[n].deps)]
        if not ready:
            stuck = sorted(pending)
            raise RuntimeError(f"cycle among {stuck}")
        name = ready[0]
        t += by_name[name].duration
        order.append((name, t))
        done.add(name)
        pending.remove(name)
    return order


JOBS = [Job("build", 3, ["fetch"]), Job("fetch", 1), Job("test", 2, ["build"]),
        Job("deploy", 1, ["test", "build"])]

state = []


def fixture_up():
    state.append("up")


def fixture_down():
    state.append("down")


def test_linear_order():
    order = schedule(JOBS)
    assert [n for n, _ in order] == ["fetch", "build", "test", "deploy"], order


def test_finish_time():
    finish = dict(schedule(JOBS))["deploy"]
    count = len(JOBS)
    assert finish == 8, f"deploy finishes at {finish} of {count} jobs"


def test_cycle():
    jobs = [Job("a", 1, ["b"]), Job("b", 1, ["a"])]
    limit = 3
    schedule(jobs)


class ScheduleCase(unittest.TestCase):
    def test_empty(self):
        """An empty plan schedules nothing."""
        self.assertEqual(schedule([]), [])

    def test_missing_dependency(self):
        """Unknown deps are reported.

        Second paragraph is never shown."""
        jobs = [Job("x", 1, ["ghost"])]
        with self.assertRaisesRegex(RuntimeError, "cycle"):
            schedule(jobs)
        self.assertEqual(len(jobs), 2)

    def test_durations(self):
        total = sum(j.duration for j in JOBS)
        names = [j.name for j in JOBS]
        self.assertLess(total, 5, names)


def make_suite():
    suite = unittest.TestSuite()
    suite.addTest(unittest.FunctionTestCase(test_linear_order, setUp=fixture_up,
                                            tearDown=fixture_down))
    suite.addTest(unittest.FunctionTestCase(test_finish_time,
                                            description="deploy time check"))
    suite.addTest(unittest.FunctionTestCase(test_cycle, tearDown=fixture_down))
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(ScheduleCase))
    return suite


if __name__ == "__main__":
    for t in make_suite():
        print(repr(str(t)), "|", t.id(), "|", t.shortDescription())
    ftc = unittest.FunctionTestCase(test_finish_time)
    print("repr:", clean(repr(ftc)), "eq:", ftc == unittest.FunctionTestCase(test_finish_time))

    for kwargs in ({"verbosity": 0}, {"verbosity": 1}, {"verbosity": 2, "descriptions": False}):
        state.clear()
        buf = io.StringIO()
        res = unittest.TextTestRunner(stream=buf, **kwargs).run(make_suite())
        print("#####", kwargs, "state:", state)
        print(clean(buf.getvalue()))

    print("--- debug() lets the exception escape")
    try:
        unittest.FunctionTestCase(test_cycle).debug()
    except RuntimeError as e:
        print("escaped:", e)
    try:
        ScheduleCase("test_durations").debug()
    except AssertionError as e:
        print("escaped:", e)
    try:
        ScheduleCase("no_such_method")
    except ValueError as e:
        print("ValueError:", e)
