# An uncaught error still runs atexit callbacks (after the traceback), last registered
# first; a failing callback is reported and the exit status stays 1.
import atexit
import sys


class Step:
    def __init__(self, name, fail=None):
        self.name, self.fail = name, fail

    def __call__(self):
        print(f"cleanup {self.name}", file=sys.stderr)
        if self.fail:
            raise self.fail

    def __repr__(self):
        return f"<Step {self.name}>"


atexit.register(Step("flush"))
atexit.register(Step("exit", SystemExit(3)))
atexit.register(Step("broken", KeyError("lock")))


def load(path):
    raise FileNotFoundError(2, "No such file or directory", path)


load("settings.toml")
