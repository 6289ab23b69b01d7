import threading, queue, time, sys
# Recursion limits are per thread.
def rec(n):
    return rec(n + 1)
def deep():
    try:
        rec(0)
    except RecursionError as e:
        print("thread:", type(e).__name__, str(e)[:30])
t = threading.Thread(target=deep); t.start(); t.join()
# Exceptions in threads go to excepthook.
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def boom():
    raise ValueError("bad item")
t = threading.Thread(target=boom, name="bomber"); t.start(); t.join()
threading.excepthook = threading.__excepthook__
# sys.exc_info is per thread.
ev = threading.Event(); seen = []
def inner():
    try:
        raise KeyError("inner")
    except KeyError:
        ev.wait()
        seen.append(repr(sys.exc_info()[1]))
t = threading.Thread(target=inner); t.start()
try:
    raise IndexError("main")
except IndexError:
    ev.set()
    t.join()
    seen.append(repr(sys.exc_info()[1]))
print(seen)
# A bounded pipeline of three stages.
q1, q2 = queue.Queue(maxsize=2), queue.Queue(maxsize=2)
results = []
def stage1():
    for i in range(8):
        q1.put(i)
    q1.put(None)
def stage2():
    while (x := q1.get()) is not None:
        q2.put(x * x)
    q2.put(None)
def stage3():
    while (x := q2.get()) is not None:
        results.append(x)
ts = [threading.Thread(target=f) for f in (stage3, stage2, stage1)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
# Condition: a bounded buffer with wait_for.
buf, cond, got = [], threading.Condition(), []
def producer():
    for i in range(6):
        with cond:
            cond.wait_for(lambda: len(buf) < 2)
            buf.append(i)
            cond.notify_all()
def consumer():
    for _ in range(6):
        with cond:
            cond.wait_for(lambda: buf)
            got.append(buf.pop(0))
            cond.notify_all()
ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in ts: t.start()
for t in ts: t.join()
print(got)
# Timeouts while another thread holds the lock.
lock = threading.Lock(); release = threading.Event(); out = []
def holder():
    with lock:
        release.wait()
t = threading.Thread(target=holder); t.start()
out.append(lock.acquire(timeout=0.05))
release.set(); t.join()
out.append(lock.acquire(timeout=0.05)); lock.release()
e = threading.Event()
out.append(e.wait(0.01))
q = queue.Queue()
try:
    q.get(timeout=0.01)
except queue.Empty:
    out.append("empty")
t = threading.Thread(target=lambda: release.wait()); release.clear(); t.start()
t.join(timeout=0.02); out.append(t.is_alive()); release.set(); t.join(); out.append(t.is_alive())
print(out)
print(threading.active_count(), [th.name for th in threading.enumerate()])
# Non-daemon threads are waited for at exit.
def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main done")
