"""Event start signals, Timer with cancel, and join with timeouts."""
import threading
import time

go = threading.Event()
stop = threading.Event()
lock = threading.Lock()
ticks = {}


def runner(name):
    go.wait()
    n = 0
    while not stop.is_set():
        n += 1
        with lock:
            ticks[name] = n
        if n == 3:
            break
        stop.wait(0.001)


names = ["alpha", "beta", "gamma"]
threads = [threading.Thread(target=runner, args=(n,), name=n) for n in names]
for t in threads:
    t.start()
print("before go, ticks:", ticks)
print("event repr state:", "unset" in repr(go))
go.set()
for t in threads:
    t.join()
print("after go, ticks:", sorted(ticks.items()))
print("go.is_set:", go.is_set(), "wait returns:", go.wait(0))
go.clear()
print("cleared, wait(0.01):", go.wait(0.01))

# A waiter that times out join()
never = threading.Event()


def sleeper():
    never.wait()


t = threading.Thread(target=sleeper, name="sleeper", daemon=True)
t.start()
t0 = time.monotonic()
t.join(timeout=0.05)
elapsed = time.monotonic() - t0
print("alive after join timeout:", t.is_alive(), "waited enough:", elapsed >= 0.04)
never.set()
t.join()
print("alive after set:", t.is_alive())

# Timers: one fires, one is cancelled
fired = []
t1 = threading.Timer(0.02, fired.append, args=["first"])
t2 = threading.Timer(0.01, fired.append, args=["cancelled"])
t3 = threading.Timer(0.03, lambda **kw: fired.append(kw["tag"]), kwargs={"tag": "third"})
t1.start(); t2.start(); t3.start()
t2.cancel()
for tm in (t1, t2, t3):
    tm.join()
print("fired:", fired)
print("finished flags:", t1.finished.is_set(), t2.finished.is_set(), t3.finished.is_set())

# Timer cancelled before start never runs
t4 = threading.Timer(0.001, fired.append, args=["never"])
t4.cancel()
t4.start()
t4.join()
print("fired after t4:", fired)

# Event-based handshake: ping-pong between two threads
ping, pong = threading.Event(), threading.Event()
rally = []


def player_a():
    for i in range(4):
        rally.append(f"ping {i}")
        pong.clear()
        ping.set()
        pong.wait()


def player_b():
    for i in range(4):
        ping.wait()
        ping.clear()
        rally.append(f"pong {i}")
        pong.set()


b = threading.Thread(target=player_b)
a = threading.Thread(target=player_a)
b.start(); a.start()
a.join(); b.join()
print(rally)

# Timer is a Thread subclass
print(isinstance(t1, threading.Thread), t1.is_alive(), t1.interval)
