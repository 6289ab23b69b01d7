"""Classic concurrency puzzles: ordered printing, odd/even, FizzBuzz, H2O."""
import threading

# --- 1. Print in order: three methods called by three threads in any order
class Foo:
    def __init__(self):
        self.second_ok = threading.Event()
        self.third_ok = threading.Event()

    def first(self, out):
        out.append("first")
        self.second_ok.set()

    def second(self, out):
        self.second_ok.wait()
        out.append("second")
        self.third_ok.set()

    def third(self, out):
        self.third_ok.wait()
        out.append("third")


for order in ([1, 2, 3], [3, 2, 1], [2, 3, 1]):
    foo, out = Foo(), []
    methods = {1: foo.first, 2: foo.second, 3: foo.third}
    ts = [threading.Thread(target=methods[k], args=(out,)) for k in order]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(order, "->", " ".join(out))

# --- 2. Odd/even printer with a Condition and a shared turn
class OddEven:
    def __init__(self, limit):
        self.limit = limit
        self.n = 1
        self.cond = threading.Condition()
        self.out = []

    def run(self, parity):
        while True:
            with self.cond:
                self.cond.wait_for(lambda: self.n > self.limit or self.n % 2 == parity)
                if self.n > self.limit:
                    self.cond.notify_all()
                    return
                self.out.append(f"{'odd' if parity else 'even'}:{self.n}")
                self.n += 1
                self.cond.notify_all()


oe = OddEven(9)
ts = [threading.Thread(target=oe.run, args=(p,)) for p in (0, 1)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(", ".join(oe.out))

# --- 3. FizzBuzz with four threads and semaphores
class FizzBuzz:
    def __init__(self, n):
        self.n = n
        self.sems = {k: threading.Semaphore(0) for k in ("fizz", "buzz", "fizzbuzz", "number")}
        self.sems["number"].release()
        self.i = 1
        self.out = []

    def _next(self):
        self.i += 1
        i = self.i
        if i > self.n:
            for s in self.sems.values():
                s.release()
        elif i % 15 == 0:
            self.sems["fizzbuzz"].release()
        elif i % 3 == 0:
            self.sems["fizz"].release()
        elif i % 5 == 0:
            self.sems["buzz"].release()
        else:
            self.sems["number"].release()

    def worker(self, kind):
        while True:
            self.sems[kind].acquire()
            if self.i > self.n:
                return
            self.out.append(str(self.i) if kind == "number" else kind)
            self._next()


fb = FizzBuzz(20)
ts = [threading.Thread(target=fb.worker, args=(k,)) for k in ("fizz", "buzz", "fizzbuzz", "number")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(" ".join(fb.out))

# --- 4. Building H2O: molecules form from 2 hydrogens and 1 oxygen
class H2O:
    def __init__(self):
        self.h = threading.Semaphore(2)
        self.o = threading.Semaphore(1)
        self.barrier = threading.Barrier(3)
        self.lock = threading.Lock()
        self.molecules = []
        self.current = []

    def bond(self, atom):
        with self.lock:
            self.current.append(atom)
            if len(self.current) == 3:
                self.molecules.append("".join(sorted(self.current)))
                self.current = []

    def hydrogen(self):
        with self.h:
            self.barrier.wait()
            self.bond("H")

    def oxygen(self):
        with self.o:
            self.barrier.wait()
            self.bond("O")


water = "OOHHHHHHOHHO"
h2o = H2O()
ts = [threading.Thread(target=h2o.hydrogen if a == "H" else h2o.oxygen) for a in water]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("molecules:", h2o.molecules, "leftover:", h2o.current)

# --- 5. Round-robin token passing between N threads with a Condition
N, ROUNDS = 4, 3
turn = [0]
cond = threading.Condition()
trace = []


def passer(me):
    for r in range(ROUNDS):
        with cond:
            cond.wait_for(lambda: turn[0] % N == me)
            trace.append(f"{me}@{r}")
            turn[0] += 1
            cond.notify_all()


ts = [threading.Thread(target=passer, args=(i,)) for i in reversed(range(N))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(" ".join(trace))
