"""A bounded ring buffer built on Condition, plus a readers/writer lock."""
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = [None] * capacity
        self.head = 0
        self.count = 0
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_fill = 0
        self.producer_waits = 0
        self.consumer_waits = 0

    def put(self, item):
        with self.not_full:
            while self.count == self.capacity:
                self.producer_waits += 1
                self.not_full.wait()
            self.items[(self.head + self.count) % self.capacity] = item
            self.count += 1
            self.max_fill = max(self.max_fill, self.count)
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while self.count == 0:
                self.consumer_waits += 1
                self.not_empty.wait()
            item = self.items[self.head]
            self.items[self.head] = None
            self.head = (self.head + 1) % self.capacity
            self.count -= 1
            self.not_full.notify()
            return item


class RWLock:
    """Many readers or one writer; writers are preferred."""

    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0
        self.max_readers = 0

    def acquire_read(self):
        with self._cond:
            while self._writer or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
            self.max_readers = max(self.max_readers, self._readers)

    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    def acquire_write(self):
        with self._cond:
            self._waiting_writers += 1
            while self._writer or self._readers:
                self._cond.wait()
            self._waiting_writers -= 1
            self._writer = True

    def release_write(self):
        with self._cond:
            self._writer = False
            self._cond.notify_all()


buf = BoundedBuffer(3)
received = {}


def produce(pid, n):
    for i in range(n):
        buf.put((pid, i, pid * 100 + i))


def consume(cid, n):
    got = []
    for _ in range(n):
        got.append(buf.get())
    received[cid] = got


producers = [threading.Thread(target=produce, args=(p, 6)) for p in range(3)]
consumers = [threading.Thread(target=consume, args=(c, 9)) for c in range(2)]
for t in consumers + producers:
    t.start()
for t in producers + consumers:
    t.join()

everything = sorted(x for got in received.values() for x in got)
print("received", len(everything), "items")
print("first", everything[:4])
print("last", everything[-3:])
print("per producer order kept:",
      all([i for p, i, _ in got if p == pid] == sorted(i for p, i, _ in got if p == pid)
          for got in received.values() for pid in range(3)))
print("max fill within capacity:", buf.max_fill <= buf.capacity)
print("buffer empty:", buf.count == 0, buf.items)

# --- readers/writer lock protecting a config dict
config = {"version": 0, "mode": "a"}
rw = RWLock()
snapshots = []
snap_lock = threading.Lock()
start = threading.Event()


def reader(rid):
    start.wait()
    for _ in range(3):
        rw.acquire_read()
        try:
            snap = (config["version"], config["mode"])
        finally:
            rw.release_read()
        with snap_lock:
            snapshots.append(snap)


def writer(wid):
    start.wait()
    for k in range(2):
        rw.acquire_write()
        try:
            v = config["version"] + 1
            config["version"] = v
            config["mode"] = "abcdefgh"[v % 8]
        finally:
            rw.release_write()


threads = [threading.Thread(target=reader, args=(r,)) for r in range(4)]
threads += [threading.Thread(target=writer, args=(w,)) for w in range(2)]
for t in threads:
    t.start()
start.set()
for t in threads:
    t.join()
print("final config:", config)
print("snapshots:", len(snapshots))
print("all consistent:", all(m == "abcdefgh"[v % 8] or (v, m) == (0, "a") for v, m in snapshots))
print("max readers >= 1:", rw.max_readers >= 1)
print("lock idle:", rw._readers, rw._writer, rw._waiting_writers)
