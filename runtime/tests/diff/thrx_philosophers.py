"""Deadlock-free dining philosophers (ordered locks) and RLock re-entrancy."""
import threading
import time

N = 5
MEALS = 3
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
log_lock = threading.Lock()
log = []


def philosopher(i):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for meal in range(MEALS):
        with forks[first]:
            with forks[second]:
                meals[i] += 1
                with log_lock:
                    log.append((i, meal, forks[first].locked(), forks[second].locked()))
                time.sleep(0.001)
        time.sleep(0.0005)


threads = [threading.Thread(target=philosopher, args=(i,), name=f"phil-{i}") for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals:", meals)
print("log entries:", len(log), "all forks held while eating:", all(a and b for _, _, a, b in log))
print("forks free:", [f.locked() for f in forks])
per = {}
for i, meal, _, _ in log:
    per.setdefault(i, []).append(meal)
print("meal order per philosopher:", [per[i] for i in range(N)])


# --- RLock re-entrancy: an account whose methods call each other under the same lock
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = threading.RLock()
        self.history = []

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self._record("deposit", amount)

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError(f"{self.owner}: insufficient funds for {amount}")
            self.balance -= amount
            self._record("withdraw", amount)

    def _record(self, kind, amount):
        with self.lock:  # re-entered from deposit/withdraw
            self.history.append((kind, amount))

    def transfer(self, other, amount):
        # Lock both accounts in a global order to avoid deadlock.
        a, b = sorted([self, other], key=lambda acc: acc.owner)
        with a.lock:
            with b.lock:
                self.withdraw(amount)
                other.deposit(amount)


alice = Account("alice", 100)
bob = Account("bob", 200)
carol = Account("carol", 10)
errors = []
err_lock = threading.Lock()


def trader(src, dst, amounts):
    for amt in amounts:
        try:
            src.transfer(dst, amt)
        except ValueError as e:
            with err_lock:
                errors.append(str(e))
        time.sleep(0)


pairs = [(alice, bob, [10, 20, 5]), (bob, carol, [30, 30, 30]), (carol, alice, [5, 1000]),
         (bob, alice, [1, 2, 3])]
ts = [threading.Thread(target=trader, args=p) for p in pairs]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = alice.balance + bob.balance + carol.balance
print("total conserved:", total == 310)
print("history lengths sum:", sum(len(a.history) for a in (alice, bob, carol)))
print("errors:", len(errors), sorted(e.split(":")[0] for e in errors)[:1])

# RLock ownership rules
r = threading.RLock()
r.acquire(); r.acquire()
print("owned twice:", "count=2" in repr(r))
out = []


def other_release():
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r.acquire(timeout=0.01))


t = threading.Thread(target=other_release)
t.start(); t.join()
print("other thread:", out)
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("main:", e)
print("unlocked:", "unlocked" in repr(r))

# Lock.acquire with timeout while another thread holds it
plain = threading.Lock()
holder_ready = threading.Event()
release_now = threading.Event()


def holder():
    with plain:
        holder_ready.set()
        release_now.wait()


h = threading.Thread(target=holder)
h.start()
holder_ready.wait()
print("acquire timeout:", plain.acquire(timeout=0.02))
print("non-blocking:", plain.acquire(False))
release_now.set()
print("acquire after release:", plain.acquire(timeout=5))
plain.release()
h.join()
try:
    plain.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
