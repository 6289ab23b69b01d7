"""A directory-size crawler over an in-memory tree: each thread handles one
subtree and may spawn child threads; checks active_count/enumerate at points
where the set of live threads is fixed, daemon inheritance, and ExitStack-held locks."""
import threading
from contextlib import ExitStack, nullcontext, contextmanager

TREE = {
    "src": {"main.py": 120, "util.py": 45, "pkg": {"a.py": 10, "b.py": 20}},
    "docs": {"index.md": 300, "img": {"logo.png": 2048}},
    "README": 64,
    "empty": {},
}

sizes = {}
sizes_lock = threading.Lock()
snapshots = []


def crawl(path, node, depth):
    me = threading.current_thread()
    # Each crawler joins its children before returning, so the live threads
    # at this point are exactly this thread and its ancestors.
    snapshots.append((path, depth, threading.active_count(), me.daemon,
                      sorted(t.name for t in threading.enumerate())))
    total = 0
    children = []
    for name, child in sorted(node.items()):
        if isinstance(child, dict):
            t = threading.Thread(target=crawl, args=(f"{path}/{name}", child, depth + 1),
                                 name=f"crawl:{path}/{name}")
            children.append(t)
        else:
            total += child
    for t in children:
        t.start()
        t.join()
    with sizes_lock:
        for t in children:
            total += sizes[t.name.split(":", 1)[1]]
        sizes[path] = total


root = threading.Thread(target=crawl, args=(".", TREE, 0), name="crawl:.", daemon=True)
print("root daemon:", root.daemon)
root.start()
root.join()
for path in sorted(sizes):
    print(f"{path:16s} {sizes[path]:6d}")
print("snapshots:")
for snap in sorted(snapshots):
    print(" ", snap)
print("after crawl:", threading.active_count(), [t.name for t in threading.enumerate()])


# Locks acquired through ExitStack, in a stable order, released in reverse
class Resource:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.events = []

    @contextmanager
    def using(self, who):
        with self.lock:
            self.events.append(f"{who}+")
            try:
                yield self
            finally:
                self.events.append(f"{who}-")


resources = [Resource(n) for n in ("disk", "net", "cpu")]


def job(who, names, fail=False):
    with ExitStack() as stack:
        held = [stack.enter_context(r.using(who)) for r in resources if r.name in names]
        locked = [r.lock.locked() for r in resources]
        if fail:
            raise RuntimeError(f"{who} failed holding {[h.name for h in held]}")
        return locked


errors = []
threading.excepthook = lambda a: errors.append(str(a.exc_value))
results = {}
specs = [("j1", {"disk", "cpu"}, False), ("j2", {"net"}, True), ("j3", {"disk", "net", "cpu"}, False)]
for who, names, fail in specs:
    t = threading.Thread(target=lambda w=who, n=names, f=fail: results.setdefault(w, job(w, n, f)))
    t.start()
    t.join()
threading.excepthook = threading.__excepthook__
print("results:", sorted(results.items()))
print("errors:", errors)
for r in resources:
    print(r.name, r.events, "locked now:", r.lock.locked())

# nullcontext stands in for a lock when running single-threaded
def tally(items, lock=None):
    acc = 0
    with (lock if lock is not None else nullcontext()) as got:
        for x in items:
            acc += x
    return acc, got

print(tally([1, 2, 3]))
lk = threading.Lock()
print(tally([4, 5], lk)[0], lk.locked())
with lk:
    print("inside with:", lk.locked(), lk.acquire(False))
