# A worker loop stopped by a custom BaseException subclass (like a shutdown
# signal): `except Exception` handlers let it pass, a finally block runs, and
# it escapes as an uncaught exception with exit status 1.


class Shutdown(BaseException):
    def __init__(self, reason, pending):
        super().__init__(reason)
        self.pending = pending

    def __str__(self):
        return f"{self.args[0]} ({self.pending} tasks pending)"


class Queue:
    def __init__(self, items):
        self.items = list(items)

    def pop(self):
        if not self.items:
            return None
        return self.items.pop(0)


class Worker:
    def __init__(self, queue):
        self.queue = queue
        self.handled = []
        self.errors = []

    def handle(self, task):
        kind, value = task
        if kind == "stop":
            raise Shutdown(f"stop requested by {value}", len(self.queue.items))
        if kind == "div":
            return 100 / value
        if kind == "upper":
            return value.upper()
        raise ValueError(f"unknown task kind {kind!r}")

    def run(self):
        while True:
            task = self.queue.pop()
            if task is None:
                return len(self.handled)
            try:
                self.handled.append(self.handle(task))
            except Exception as exc:
                self.errors.append(f"{type(exc).__name__}: {exc}")
            finally:
                print("after", task)


w = Worker(Queue([("div", 4), ("upper", "ok"), ("div", 0), ("zip", 1)]))
print("first run handled", w.run())
print(w.handled, w.errors)
w2 = Worker(Queue([("upper", "x"), ("stop", "operator"), ("div", 5), ("div", 2)]))
try:
    w2.run()
except Exception:
    print("never printed: Shutdown is not an Exception")
