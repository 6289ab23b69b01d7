"""threading.local request contexts and exceptions in threads reported via excepthook."""
import sys
import threading
import traceback

context = threading.local()


class RequestContext(threading.local):
    def __init__(self, app="shop"):
        self.app = app
        self.stack = []
        self.inits = getattr(self, "inits", 0) + 1


ctx = RequestContext(app="store")
results = {}
res_lock = threading.Lock()
gate = threading.Barrier(3)


def handle(user, items):
    context.user = user
    ctx.stack.append(f"begin:{user}")
    gate.wait()  # all threads have their locals set before anyone reads
    total = 0
    for name, price in items:
        ctx.stack.append(name)
        total += price
    gate.wait()
    with res_lock:
        results[user] = (context.user, ctx.app, list(ctx.stack), total, ctx.inits)


orders = {
    "ann": [("apple", 3), ("bread", 2)],
    "ben": [("cheese", 7)],
    "cal": [("dates", 4), ("eggs", 3), ("flour", 1)],
}
threads = [threading.Thread(target=handle, args=(u, it)) for u, it in orders.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
for user in sorted(results):
    print(user, results[user])
print("main has user:", hasattr(context, "user"))
context.user = "main"
print("main stack:", ctx.stack, ctx.app, ctx.inits)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# --- exceptions in threads
reports = []


def hook(args):
    reports.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
    print(f"hook: {args.exc_type.__name__} in {args.thread.name}: {args.exc_value}")
    tb = traceback.extract_tb(args.exc_traceback)
    print("   innermost function:", tb[-1].name)


old_hook = threading.excepthook
threading.excepthook = hook


def parse_int(text):
    return int(text)


def job(text):
    value = parse_int(text)
    with res_lock:
        results[text] = value


def quitter():
    sys.exit(3)


for i, text in enumerate(["12", "x7", "40", ""]):
    t = threading.Thread(target=job, args=(text,), name=f"job-{i}")
    t.start()
    t.join()
    print(f"job-{i} alive={t.is_alive()}")

t = threading.Thread(target=quitter, name="quitter")
t.start()
t.join()
print("reports:", len(reports))
print("parsed:", sorted((k, v) for k, v in results.items() if isinstance(v, int)))


class Worker(threading.Thread):
    def run(self):
        raise KeyError(self.name)


w = Worker(name="keyed")
w.start()
w.join()

threading.excepthook = old_hook
print("restored:", threading.excepthook is threading.__excepthook__)

# Collect exceptions for re-raising in the caller
class PropagatingThread(threading.Thread):
    def run(self):
        self.exc = None
        try:
            super().run()
        except BaseException as e:
            self.exc = e

    def join(self, timeout=None):
        super().join(timeout)
        if self.exc is not None:
            raise RuntimeError(f"thread {self.name} failed") from self.exc


pt = PropagatingThread(target=lambda: 1 / 0, name="divider")
pt.start()
try:
    pt.join()
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
