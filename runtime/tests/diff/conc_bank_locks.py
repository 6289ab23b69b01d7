"""Bank accounts guarded by locks; transfers run from worker threads."""
import threading
from contextlib import contextmanager


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.name}: cannot withdraw {amount} (balance {account.balance})")
        self.account = account
        self.amount = amount


class Account:
    _ids = 0

    def __init__(self, name, balance=0):
        Account._ids += 1
        self.id = Account._ids
        self.name = name
        self.balance = balance
        self.lock = threading.RLock()
        self.history = []

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.history.append(("dep", amount))

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise InsufficientFunds(self, amount)
            self.balance -= amount
            self.history.append(("wd", amount))

    def __repr__(self):
        return f"Account({self.name!r}, {self.balance})"


@contextmanager
def ordered_locks(*accounts):
    ordered = sorted(accounts, key=lambda a: a.id)
    for acc in ordered:
        acc.lock.acquire()
    try:
        yield ordered
    finally:
        for acc in reversed(ordered):
            acc.lock.release()


def transfer(src, dst, amount, log, log_lock):
    try:
        with ordered_locks(src, dst) as locked:
            src.withdraw(amount)
            dst.deposit(amount)
            outcome = f"ok {src.name}->{dst.name} {amount} (locked {[a.name for a in locked]})"
    except InsufficientFunds as exc:
        outcome = f"failed: {exc}"
    with log_lock:
        log.append(outcome)


accounts = {n: Account(n, b) for n, b in [("alice", 100), ("bob", 50), ("carol", 0)]}
plan = [("alice", "bob", 30), ("bob", "carol", 70), ("carol", "alice", 500),
        ("alice", "carol", 25), ("bob", "alice", 10), ("carol", "bob", 5)]
log, log_lock = [], threading.Lock()
threads = []
for i, (s, d, amt) in enumerate(plan):
    t = threading.Thread(target=transfer, name=f"xfer-{i}",
                         args=(accounts[s], accounts[d], amt, log, log_lock))
    threads.append(t)
    t.start()
for t in threads:
    t.join()

print("log entries:", len(log))
for line in sorted(log):
    print(" ", line)
total = sum(a.balance for a in accounts.values())
print("total preserved:", total == 150, total)
for name in sorted(accounts):
    acc = accounts[name]
    print(name, acc.balance, sorted(acc.history))

# RLock reentrancy and lock state checks
r = threading.RLock()
with r:
    with r:
        print("nested rlock ok")
lk = threading.Lock()
print("acquire:", lk.acquire(), "locked:", lk.locked())
print("nonblocking second acquire:", lk.acquire(blocking=False))
print("timeout acquire:", lk.acquire(timeout=0.01))
lk.release()
print("locked after release:", lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(type(lk).__name__, type(r).__name__)
