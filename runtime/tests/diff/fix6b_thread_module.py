# _thread over Ember's threading: locks, identifiers, start_new_thread, interrupt_main.
import _thread, threading
lock = _thread.allocate_lock()
print(type(lock).__name__, lock.acquire(), lock.locked(), lock.acquire(False), lock.release(), lock.locked())
print(_thread.get_ident() == threading.get_ident(), _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 0, isinstance(lock, _thread.LockType))
done = []
def work(a, b=0):
    done.append(a + b)
_thread.start_new_thread(work, (1,), {"b": 2})
_thread.start_new_thread(work, (5,))
import time
# (Real threads in CPython: wait for both, and print in a fixed order.)
for _ in range(500):
    if len(done) == 2:
        break
    time.sleep(0.01)
print(sorted(done))
for bad in [lambda: _thread.start_new_thread(work, [1]), lambda: _thread.start_new_thread(work, (1,), [])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.interrupt_main()
    time.sleep(0.01)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
r = _thread.RLock()
with r:
    with r:
        print("reentrant")
print(type(threading.Lock()), type(threading.RLock()), type(_thread.allocate_lock()).__qualname__)
