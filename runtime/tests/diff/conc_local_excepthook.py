"""Per-thread request contexts with threading.local, and a custom excepthook
collecting failures from worker threads."""
import threading
import sys

ctx = threading.local()
failures = []
fail_lock = threading.Lock()


def collect(args):
    with fail_lock:
        failures.append((args.thread.name, args.exc_type.__name__, str(args.exc_value),
                         args.exc_traceback is not None))


class RequestContext(threading.local):
    def __init__(self, tenant="default"):
        self.tenant = tenant
        self.calls = []

    def record(self, what):
        self.calls.append(what)


req = RequestContext("root")
audit = []


def handle(request_id, payload):
    ctx.request_id = request_id
    req.record(f"start:{request_id}")
    if "tenant" in payload:
        req.tenant = payload["tenant"]
    if payload.get("explode"):
        raise ValueError(f"bad payload in request {request_id}")
    if payload.get("exit"):
        sys.exit(3)
    total = sum(payload.get("items", []))
    req.record(f"total:{total}")
    audit.append((request_id, req.tenant, ctx.request_id, list(req.calls),
                  hasattr(ctx, "leak")))
    ctx.leak = True


old_hook = threading.excepthook
threading.excepthook = collect
requests = [
    {"items": [1, 2, 3]},
    {"tenant": "acme", "items": [10]},
    {"explode": True},
    {"tenant": "globex", "items": []},
    {"exit": True},
    {"items": [5, 5]},
]
threads = [threading.Thread(target=handle, args=(i, p), name=f"req-{i}")
           for i, p in enumerate(requests)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threading.excepthook = old_hook
print("hook restored:", threading.excepthook is threading.__excepthook__)

for row in sorted(audit):
    print(row)
print("failures:")
for f in sorted(failures):
    print(" ", f)

print("main sees request_id:", getattr(ctx, "request_id", "<unset>"))
print("main tenant:", req.tenant, "calls:", req.calls)
req.record("main-call")
print("main calls now:", req.calls)
print("local dict keys:", sorted(vars(req)))
try:
    ctx.missing
except AttributeError as e:
    print("AttributeError:", e)

# ExceptHookArgs shape
captured = []
threading.excepthook = captured.append
t = threading.Thread(target=lambda: 1 / 0, name="divider")
t.start()
t.join()
threading.excepthook = old_hook
args = captured[0]
print(type(args).__name__, len(args), args.exc_type.__name__, args.thread.name)
print("is tuple:", isinstance(args, tuple))

# Subclass overriding run with a hook that itself inspects stack
class Job(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"job{n}")
        self.n = n
        self.result = None

    def run(self):
        if self.n % 3 == 0:
            raise KeyError(self.n)
        self.result = self.n ** 2

errs = []
threading.excepthook = lambda a: errs.append((a.thread.name, repr(a.exc_value)))
jobs = [Job(n) for n in range(1, 8)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
threading.excepthook = old_hook
print("results:", [j.result for j in jobs])
print("errors:", sorted(errs))
