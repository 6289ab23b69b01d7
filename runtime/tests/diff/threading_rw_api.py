# Rewritten threading (Ember runs each thread's target inside start()).
import re
import threading


def r(obj):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(obj))


def attempt(fn, *a, **k):
    try:
        return fn(*a, **k)
    except Exception as e:
        print('  ', type(e).__name__, e)


out = []
t = threading.Thread(target=out.append, args=('x',), name='worker')
print(r(t), t.name, t.ident, t.is_alive(), t.daemon)
t.start()
t.join()
print(out, r(t).replace(str(t.ident), 'ID'), t.is_alive(), t.ident is not None)
attempt(t.start)
u = threading.Thread(target=print, kwargs={'sep': '-'}, args=(1, 2), daemon=True)
print(r(u).split('(')[0], u.name.startswith('Thread-'), u.name.endswith('(print)'), u.daemon)
attempt(u.join)
u.start()
u.join()  # CPython's thread runs concurrently: its print must come first
u.name = 42
print(repr(u.name), u.getName(), u.isDaemon())
attempt(setattr, u, 'daemon', False)
v = threading.Thread()
v.setDaemon(True)
v.setName('renamed')
print(v.daemon, v.name)
v.start()
attempt(threading.Thread, group=1)


class Sub(threading.Thread):
    def run(self):
        print('sub run in', threading.current_thread().name)


s = Sub(name='sub')
s.start()
s.join()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), [th.name for th in threading.enumerate()])
attempt(threading.current_thread().join)


class NoInit(threading.Thread):
    def __init__(self):
        pass


attempt(NoInit().start)
attempt(NoInit().join)

lock = threading.Lock()
print(r(lock), lock.locked(), lock.acquire(), lock.locked(), r(lock))
print(lock.acquire(False), lock.acquire(timeout=0.001))
attempt(lock.acquire, False, 1)
attempt(lock.acquire, timeout=-5)
lock.release()
attempt(lock.release)
with lock:
    print('in with', lock.locked())
print(type(lock), type(threading.RLock()))
rl = threading.RLock()
print(r(rl))
rl.acquire()
rl.acquire()
print(r(rl).replace(str(threading.get_ident()), 'ID'))
rl.release()
rl.release()
attempt(rl.release)

c = threading.Condition()
print(r(c).split(' object')[0])
attempt(c.wait, 0)
attempt(c.notify)
with c:
    print(c.wait(0.001), c.wait_for(lambda: 5), c.wait_for(lambda: 0, 0.001))
    c.notify()
    c.notify_all()
c2 = threading.Condition(threading.Lock())
with c2:
    print('c2', c2.wait(0))

sem = threading.Semaphore(2)
print(r(sem))
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.001))
attempt(sem.acquire, False, 1)
sem.release(2)
attempt(sem.release, 0)
print(r(sem))
with sem:
    print('sem with', r(sem))
attempt(threading.Semaphore, -1)
bs = threading.BoundedSemaphore(1)
attempt(bs.release)
bs.acquire()
bs.release()
attempt(bs.release, 2)
print(r(bs))

ev = threading.Event()
print(r(ev), ev.is_set(), ev.wait(0.001))
ev.set()
print(r(ev), ev.isSet(), ev.wait(), ev.wait(1))
ev.clear()
print(ev.is_set())

b1 = threading.Barrier(1, action=lambda: print('action ran'))
print(b1.wait(), b1.parties, b1.n_waiting, b1.broken)
b1.abort()
print(b1.broken)
attempt(b1.wait)
b1.reset()
print(b1.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.ThreadError)

fired = []
tm = threading.Timer(0.001, fired.append, args=['fired'])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=['never'])
tm2.cancel()
tm2.start()
print(fired, tm.interval, tm2.finished.is_set())

loc = threading.local()
loc.x = 1
print(loc.x, hasattr(threading.local(), 'x'))
print(threading.TIMEOUT_MAX > 1e6, threading.stack_size())
attempt(threading.stack_size, 100)
print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
print(isinstance(threading.get_ident(), int), isinstance(threading.get_native_id(), int))
print(threading.excepthook is threading.__excepthook__)


def crash():
    raise ValueError('in thread')


import io, sys
saved = sys.stderr
sys.stderr = buf = io.StringIO()
th1 = threading.Thread(target=crash, name='crasher')
th2 = threading.Thread(target=sys.exit)
th1.start()
th2.start()
th1.join()
th2.join()
sys.stderr = saved
text = buf.getvalue()
print(text.splitlines()[0], text.strip().splitlines()[-1])
seen = []
old = threading.excepthook
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))
th3 = threading.Thread(target=crash, name='hooked')
th3.start()
th3.join()
threading.excepthook = old
print(seen)
print(sorted(threading.__all__)[:8])
