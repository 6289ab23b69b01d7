"""Barrier-synchronised simulation steps (a 1-D heat diffusion), with an action."""
import threading

N_WORKERS = 4
CELLS = 16
STEPS = 5

grid = [0.0] * CELLS
grid[CELLS // 2] = 100.0
new_grid = grid[:]
history = []


def swap_and_record():
    # Runs once per phase in exactly one thread.
    global grid, new_grid
    grid, new_grid = new_grid, grid
    history.append(round(sum(grid), 6))


barrier = threading.Barrier(N_WORKERS, action=swap_and_record)
indices = {}
idx_lock = threading.Lock()


def worker(wid):
    lo = wid * CELLS // N_WORKERS
    hi = (wid + 1) * CELLS // N_WORKERS
    for step in range(STEPS):
        for i in range(lo, hi):
            left = grid[i - 1] if i > 0 else grid[i]
            right = grid[i + 1] if i < CELLS - 1 else grid[i]
            new_grid[i] = grid[i] + 0.25 * (left - 2 * grid[i] + right)
        idx = barrier.wait()
        with idx_lock:
            indices.setdefault(step, []).append(idx)


threads = [threading.Thread(target=worker, args=(w,)) for w in range(N_WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("heat totals per step:", history)
print("final grid:")
print(" ".join(f"{x:6.2f}" for x in grid))
for step in sorted(indices):
    print("step", step, "indices", sorted(indices[step]))
print("barrier parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)

# A barrier whose action fails breaks for everyone.
def bad_action():
    raise ValueError("action failed")

b2 = threading.Barrier(3, action=bad_action)
outcomes = []
out_lock = threading.Lock()


def party(n):
    try:
        b2.wait()
        res = "passed"
    except threading.BrokenBarrierError:
        res = "broken"
    except ValueError as e:
        res = f"ValueError: {e}"
    with out_lock:
        outcomes.append(res)


ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("outcomes:", sorted(outcomes))
print("b2 broken:", b2.broken)
b2.reset()
print("after reset broken:", b2.broken)

# Timeout on a barrier nobody else reaches.
b3 = threading.Barrier(2, timeout=0.05)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out -> broken:", b3.broken)

# abort wakes waiters
b4 = threading.Barrier(3)
res4 = []


def waiter():
    try:
        b4.wait()
        res4.append("ok")
    except threading.BrokenBarrierError:
        res4.append("aborted")


w1 = threading.Thread(target=waiter)
w2 = threading.Thread(target=waiter)
w1.start(); w2.start()
b4.abort()
w1.join(); w2.join()
print("abort results:", res4)

# Reprs, with the address masked
import re


def masked(obj):
    return re.sub(r"0x[0-9a-f]+", "0x?", repr(obj))


b5 = threading.Barrier(2)
print(masked(b5))
helper = threading.Thread(target=lambda: b5.wait(timeout=5))
helper.start()
helper.join(0.01)
print(masked(b5))
b5.wait()
helper.join()
print(masked(b5))
b5.abort()
print(masked(b5))
