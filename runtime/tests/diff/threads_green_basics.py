import threading, queue, time
q = queue.Queue(); out = []
def consumer():
    while (item := q.get()) is not None:
        out.append(item * 2)
t = threading.Thread(target=consumer); t.start()
for i in range(3): q.put(i)
q.put(None); t.join(); print(out)
go = threading.Event(); log = []
t = threading.Thread(target=lambda: (go.wait(), log.append("ran"))); t.start()
go.set(); t.join(); print(log)
b = threading.Barrier(2); hits = []
ts = [threading.Thread(target=lambda i=i: hits.append((i, b.wait() >= 0))) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(hits))
q2 = queue.Queue()
def worker():
    while True:
        item = q2.get()
        out.append(item)
        q2.task_done()
threading.Thread(target=worker, daemon=True).start()
for item in range(5): q2.put(item)
q2.join()
print('All work completed', out)
res = []
def sleeper(n):
    time.sleep(n / 100)
    res.append(n)
ts = [threading.Thread(target=sleeper, args=(n,)) for n in (3, 1, 2)]
for t in ts: t.start()
for t in ts: t.join()
print(res, threading.active_count())
lock = threading.Lock(); counter = [0]
def inc():
    for _ in range(1000):
        with lock:
            v = counter[0]; time.sleep(0) ; counter[0] = v + 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
sem = threading.BoundedSemaphore(2); active = [0]; peak = [0]
def limited(i):
    with sem:
        active[0] += 1; peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        active[0] -= 1
ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak", peak[0])
tl = threading.local()
def setl(v):
    tl.v = v; time.sleep(0.01); res.append(('tl', v, tl.v, threading.current_thread().name))
ts = [threading.Thread(target=setl, args=(i,), name=f"w{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(r for r in res if isinstance(r, tuple)))
timer_hits = []
tm = threading.Timer(0.02, lambda: timer_hits.append('timer')); tm.start(); tm.join(); print(timer_hits)
tm2 = threading.Timer(5, lambda: timer_hits.append('no')); tm2.start(); tm2.cancel(); tm2.join(); print(timer_hits)
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(lambda x: x * x, range(6))))
