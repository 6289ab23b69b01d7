"""Worker threads that log through a shared handler; records are collected,
then printed sorted. Also checks thread identity and RLock ownership."""
import logging
import threading
import io


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


log = logging.getLogger("ingest")
log.setLevel(logging.DEBUG)
log.propagate = False
handler = ListHandler()
handler.setFormatter(logging.Formatter("%(threadName)s|%(levelname)s|%(name)s|%(message)s"))
log.addHandler(handler)

stream = io.StringIO()
sh = logging.StreamHandler(stream)
sh.setLevel(logging.WARNING)
sh.setFormatter(logging.Formatter("[%(threadName)s] %(levelname)s: %(message)s"))
log.addHandler(sh)

MAIN_IDENT = threading.get_ident()
ident_checks = {}
guard = threading.RLock()

BATCHES = {
    "orders": ["o1:20", "o2:35", "o3:bad", "o4:5"],
    "refunds": ["r1:10", "r2:-3"],
    "fees": [],
    "adjust": ["a1:7", "a2:x", "a3:1"],
}
totals = {}


def ingest(batch_name, rows):
    me = threading.current_thread()
    ident_checks[batch_name] = (
        threading.get_ident() != MAIN_IDENT,
        threading.get_ident() == me.ident,
        me is not threading.main_thread(),
    )
    log.debug("starting %d rows", len(rows))
    if not rows:
        log.warning("batch %s is empty", batch_name)
        return
    total = 0
    for row in rows:
        key, _, amount = row.partition(":")
        try:
            value = int(amount)
        except ValueError:
            log.error("row %s: bad amount %r", key, amount)
            continue
        if value < 0:
            log.warning("row %s: negative amount %d", key, value)
        total += value
    with guard:
        with guard:
            totals[batch_name] = total
    log.info("done total=%d", total)


threads = [threading.Thread(target=ingest, args=(name, rows), name=f"ingest-{name}")
           for name, rows in BATCHES.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.info("all batches joined")

lines = sorted(handler.format(r) for r in handler.records)
for line in lines:
    print(line)
print("--- warnings stream ---")
print("".join(sorted(stream.getvalue().splitlines(True))), end="")
print("--- identity ---")
for name in sorted(ident_checks):
    print(name, ident_checks[name])
print("totals:", sorted(totals.items()))
print("thread names in records:", sorted({r.threadName for r in handler.records}))
print("main ident matches:", all(r.thread == MAIN_IDENT for r in handler.records
                                 if r.threadName == "MainThread"))
print("worker idents differ:", all(r.thread != MAIN_IDENT for r in handler.records
                                   if r.threadName != "MainThread"))

# RLock ownership across threads: a worker cannot release the main thread's lock
outcome = []
def try_release():
    try:
        guard.release()
        outcome.append("released?!")
    except RuntimeError as e:
        outcome.append(f"RuntimeError: {e}")
    outcome.append(("nonblocking acquire", guard.acquire(blocking=False)))

guard.acquire()
t = threading.Thread(target=try_release)
t.start()
t.join()
guard.release()
print(outcome)
t2 = threading.Thread(target=lambda: outcome.append(("free now", guard.acquire(False), guard.release())))
t2.start()
t2.join()
print(outcome[-1])
