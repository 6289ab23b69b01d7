"""A hand-written thread pool with futures built on Condition, and a repeating timer."""
import queue
import threading
import time


class Future:
    def __init__(self):
        self._cond = threading.Condition()
        self._done = False
        self._result = None
        self._exc = None
        self._callbacks = []

    def set_result(self, value):
        with self._cond:
            self._result, self._done = value, True
            self._cond.notify_all()
        self._run_callbacks()

    def set_exception(self, exc):
        with self._cond:
            self._exc, self._done = exc, True
            self._cond.notify_all()
        self._run_callbacks()

    def _run_callbacks(self):
        for cb in self._callbacks:
            cb(self)

    def add_done_callback(self, cb):
        with self._cond:
            if not self._done:
                self._callbacks.append(cb)
                return
        cb(self)

    def done(self):
        return self._done

    def result(self, timeout=None):
        with self._cond:
            if not self._cond.wait_for(lambda: self._done, timeout):
                raise TimeoutError("result not ready")
            if self._exc is not None:
                raise self._exc
            return self._result


class ThreadPool:
    def __init__(self, n):
        self._tasks = queue.Queue()
        self._workers = [threading.Thread(target=self._work, name=f"pool-{i}")
                         for i in range(n)]
        self._shutdown = False
        for w in self._workers:
            w.start()

    def _work(self):
        while True:
            task = self._tasks.get()
            if task is None:
                return
            fut, fn, args = task
            try:
                fut.set_result(fn(*args))
            except Exception as e:
                fut.set_exception(e)

    def submit(self, fn, *args):
        if self._shutdown:
            raise RuntimeError("pool is shut down")
        fut = Future()
        self._tasks.put((fut, fn, args))
        return fut

    def map(self, fn, iterable):
        futs = [self.submit(fn, x) for x in iterable]
        return [f.result() for f in futs]

    def shutdown(self):
        self._shutdown = True
        for _ in self._workers:
            self._tasks.put(None)
        for w in self._workers:
            w.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def slow_square(x):
    time.sleep(0.002 * (5 - x % 5))
    return x * x


def risky(x):
    if x % 4 == 3:
        raise ValueError(f"bad input {x}")
    return x * 10


with ThreadPool(4) as pool:
    print("collatz:", pool.map(collatz_len, range(1, 16)))
    print("squares:", pool.map(slow_square, range(10)))
    futs = [pool.submit(risky, x) for x in range(8)]
    for x, f in enumerate(futs):
        try:
            print(x, "->", f.result(timeout=5))
        except ValueError as e:
            print(x, "raised", e)
    seen = []
    lock = threading.Lock()
    def remember(f):
        with lock:
            seen.append(f.result())
    cb_futs = [pool.submit(collatz_len, n) for n in (27, 97, 871)]
    for f in cb_futs:
        f.add_done_callback(remember)
    print("callback results:", [f.result() for f in cb_futs])

print("callbacks saw:", sorted(seen))
try:
    pool.submit(abs, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
print("workers alive:", [w.is_alive() for w in pool._workers])

never = Future()
try:
    never.result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError:", e)


class RepeatTimer(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


beats = []
stop_after = threading.Event()


def heartbeat(tag):
    beats.append(tag)
    if len(beats) == 5:
        stop_after.set()


rt = RepeatTimer(0.003, heartbeat, args=("beat",))
rt.start()
stop_after.wait(timeout=10)
rt.cancel()
rt.join()
print("beats:", beats[:5], "stopped:", not rt.is_alive())
