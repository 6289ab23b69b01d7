# threading: the single-threaded subset (locks, events, conditions, threads run at start()).
import threading


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print("--- locks")
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
err(lock.release)
with lock:
    print("inside", lock.locked())
print(lock.locked())
err(lambda: lock.acquire(False, 1))
rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
rl.release(); rl.release(); rl.release()
err(rl.release)
with rl:
    with rl:
        print("nested rlock")

print("--- conditions / events / semaphores")
cond = threading.Condition()
err(lambda: cond.wait(0))
err(cond.notify)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 42, 0))
    cond.notify()
    cond.notify_all()
ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(1))
ev.clear()
print(ev.is_set())
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0))
sem.release(2)
print(sem.acquire(False))
err(lambda: threading.Semaphore(-1))
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
err(bs.release)
with threading.Semaphore():
    print("semaphore context")

print("--- threads")
results = []


def work(n, scale=1):
    results.append(n * scale)
    return n


threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}) for i in range(3)]
for t in threads:
    print(t.is_alive(), t.ident is None)
    t.start()
for t in threads:
    t.join()
    t.join(timeout=1)
print(results, [t.is_alive() for t in threads])
print(threads[0].name.startswith("Thread-"), threads[0].name.endswith("(work)"))
named = threading.Thread(target=work, args=(5,), name="worker", daemon=True)
print(named.name, named.daemon, named.is_alive())
named.start()
err(named.start)
err(threading.Thread().join)
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(threading.active_count(), len(threading.enumerate()), threading.get_ident() == threading.get_ident())


class Sub(threading.Thread):
    def __init__(self):
        super().__init__(name="sub")
        self.seen = None

    def run(self):
        self.seen = threading.current_thread().name


s = Sub()
s.start()
s.join()
print(s.seen, threading.current_thread().name)
t = threading.Thread(target=lambda: None, name="x")
t.daemon = True
print(t.daemon, t.isDaemon(), t.getName())
t.setName("y")
print(t.name)

print("--- local / timer / barrier")
data = threading.local()
data.value = 5
print(data.value, hasattr(data, "other"))
fired = []
tm = threading.Timer(0, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(0, fired.append, args=["cancelled"])
tm2.cancel()
tm2.start()
print(fired)
b = threading.Barrier(1, action=lambda: print("barrier action"))
print(b.wait(), b.parties, b.n_waiting, b.broken)
print(threading.Barrier(3).parties)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)
