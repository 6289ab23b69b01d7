"""A bounded executor (a common recipe): submit() blocks once too many calls are
queued or running, so a fast producer cannot flood the pool. Also a subclass
that counts and labels its calls, and map() over a pool that throttles."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait


class BoundedExecutor:
    def __init__(self, bound, max_workers):
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="bounded")
        self._room = threading.BoundedSemaphore(bound + max_workers)
        self.blocked_submits = 0

    def submit(self, fn, *args, **kwargs):
        if not self._room.acquire(blocking=False):
            self.blocked_submits += 1
            self._room.acquire()
        try:
            future = self._pool.submit(fn, *args, **kwargs)
        except BaseException:
            self._room.release()
            raise
        future.add_done_callback(lambda _: self._room.release())
        return future

    def shutdown(self, wait=True):
        self._pool.shutdown(wait)


start_line = threading.Event()
in_flight = 0
peak = 0
lock = threading.Lock()


def process(item):
    global in_flight, peak
    start_line.wait()
    with lock:
        in_flight += 1
        peak = max(peak, in_flight)
    with lock:
        in_flight -= 1
    return item * 3


executor = BoundedExecutor(bound=2, max_workers=2)
# A helper thread opens the start line only once the producer is stuck.
def open_when_stuck():
    while executor.blocked_submits == 0:
        time.sleep(0.001)
    start_line.set()


opener = threading.Thread(target=open_when_stuck)
futures = []
for i in range(4):
    futures.append(executor.submit(process, i))
print("submitted without blocking:", len(futures), "blocked so far:", executor.blocked_submits)
opener.start()
for i in range(4, 10):
    futures.append(executor.submit(process, i))
done, _ = wait(futures)
print("results:", sorted(f.result() for f in done))
opener.join()
print("some submits had to wait:", executor.blocked_submits > 0, "peak in flight <= 2:", peak <= 2)
executor.shutdown()


class CountingExecutor(ThreadPoolExecutor):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitted = 0
        self.labels = []

    def submit(self, fn, /, *args, **kwargs):
        self.submitted += 1
        label = f"job{self.submitted}:{getattr(fn, '__name__', 'call')}"
        self.labels.append(label)

        def labelled():
            threading.current_thread().job = label
            return fn(*args, **kwargs)

        return super().submit(labelled)


def shout(word):
    return word.upper() + "!"


with CountingExecutor(max_workers=2, thread_name_prefix="count") as ex:
    words = list(ex.map(shout, ["hey", "you", "there"]))
    extra = ex.submit(sum, [1, 2, 3]).result()
print(words, extra)
print("submitted:", ex.submitted, ex.labels)
print("isinstance:", isinstance(ex, ThreadPoolExecutor), type(ex).__mro__[1].__name__)

# A pool whose calls throttle each other through a shared semaphore.
permits = threading.Semaphore(1)
holders = []


def exclusive(n):
    with permits:
        holders.append(("in", n))
        if n % 2 == 0:
            threading.Event().wait(0.001)  # give way while holding the permit
        holders.append(("out", n))
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    print("throttled map:", list(pool.map(exclusive, range(6))))
nested_ok = all(holders[i][0] == "in" and holders[i + 1] == ("out", holders[i][1])
                for i in range(0, len(holders), 2))
print("never two holders at once:", nested_ok, len(holders))
