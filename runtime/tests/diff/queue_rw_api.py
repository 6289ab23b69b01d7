# Rewritten queue module: the queue classes, their errors and bookkeeping.
import queue


def attempt(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except Exception as e:
        print(' ', type(e).__name__, repr(str(e)))


for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(3)
    print(cls.__name__, q.maxsize, q.qsize(), q.empty(), q.full())
    for item in (5, 1, 3):
        q.put(item)
    print(' full', q.full(), q.qsize(), q.unfinished_tasks)
    attempt(q.put, 9, block=False)
    attempt(q.put_nowait, 9)
    attempt(q.put, 9, timeout=-1)
    attempt(q.put, 9, True, 0)
    print(' got', [q.get() for _ in range(3)])
    attempt(q.get, block=False)
    attempt(q.get_nowait)
    attempt(q.get, timeout=-1)
    attempt(q.get, timeout=0)
    attempt(q.get, True, 0.001)
    for _ in range(3):
        q.task_done()
    attempt(q.task_done)
    q.join()
    print(' after join', q.unfinished_tasks)

u = queue.Queue()
print(u.maxsize, u.full())
for i in range(100):
    u.put_nowait(i)
print(u.qsize(), u.full(), u.get(), u.get_nowait())
with u.mutex:
    print('mutex held', len(u.queue))
print(type(u.not_empty).__name__, type(u.not_full).__name__, type(u.all_tasks_done).__name__)
print(u.not_empty._lock is u.mutex if hasattr(u.not_empty, '_lock') else True)

neg = queue.Queue(-1)
for i in range(5):
    neg.put(i)
print('negative maxsize', neg.qsize(), neg.full())

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False)
s.put_nowait(3)
s.put(4, timeout=5)
print(s.qsize(), s.empty(), s.get(), s.get(False), s.get_nowait(), s.get(timeout=1))
attempt(s.get, False)
attempt(s.get_nowait)
attempt(s.get, timeout=-1)
attempt(s.get, timeout=0)
print(repr(queue.Empty), repr(queue.Full), queue.Empty.__module__, queue.SimpleQueue.__module__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])
print(sorted(queue.__all__))


class Tagged(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.log = []

    def _put(self, item):
        self.log.append(('put', item))
        self.queue.insert(0, item)

    def _get(self):
        self.log.append('get')
        return self.queue.pop(0)


t = Tagged()
t.put('a')
t.put('b')
print(t.get(), t.get(), t.log)
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(item)
print([pq.get_nowait() for _ in range(3)])
