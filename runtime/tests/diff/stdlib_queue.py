import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

def attempt(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, 'raised', type(e).__name__, repr(str(e)))

q = Queue()
print(q.empty(), q.full(), q.qsize(), q.maxsize, q.unfinished_tasks)
for i in range(5):
    q.put(i)
print(q.empty(), q.full(), q.qsize(), q.unfinished_tasks, list(q.queue))
print([q.get() for _ in range(3)], q.qsize())
attempt('get_nowait', q.get_nowait)
attempt('get', q.get, timeout=0)
q.put(9); attempt('get', q.get)
attempt('get_nowait empty', q.get_nowait)
attempt('get block False', q.get, False)
attempt('get timeout', q.get, timeout=0.01)
attempt('get neg timeout', q.get, timeout=-1)
for _ in range(6):
    q.task_done()
print(q.unfinished_tasks)
q.join()
attempt('task_done extra', q.task_done)

b = Queue(maxsize=2)
b.put('a'); b.put_nowait('b')
print(b.full(), b.qsize())
attempt('put_nowait full', b.put_nowait, 'c')
attempt('put block False', b.put, 'c', False)
attempt('put timeout', b.put, 'c', timeout=0.01)
attempt('put neg', b.put, 'c', timeout=-2)
print(b.get(), b.full())
b.put('z')
print(list(b.queue))
with b.mutex:
    b.queue.clear()
print(b.empty(), b.qsize())

lq = LifoQueue()
for x in 'abc':
    lq.put(x)
print(lq.qsize(), [lq.get() for _ in range(3)], lq.empty())
attempt('lifo empty', lq.get_nowait)

pq = PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    pq.put(item)
print(pq.qsize(), [pq.get_nowait() for _ in range(4)])
pq2 = PriorityQueue(maxsize=1)
pq2.put(5)
attempt('pq full', pq2.put_nowait, 6)

sq = SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
attempt('sq empty', sq.get_nowait)
attempt('sq timeout', sq.get, timeout=0.01)
attempt('sq block False', sq.get, False)
attempt('sq neg', sq.get, timeout=-1)

print(Empty, Full, Empty.__name__, Full.__module__, Empty.__module__)
print(issubclass(Empty, Exception), issubclass(Full, Exception))
print(Queue[int], SimpleQueue[str])
print(sorted(queue.__all__))
print(isinstance(lq, Queue), isinstance(pq, Queue), isinstance(sq, Queue))

class MyQ(Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop(0)
m = MyQ()
m.put(1); m.put(2)
print(m.get(), m.get())

import threading
work = Queue()
results = []
def worker():
    while True:
        try:
            item = work.get_nowait()
        except Empty:
            break
        results.append(item * 2)
        work.task_done()
for i in range(4):
    work.put(i)
t = threading.Thread(target=worker)
t.start(); t.join()
work.join()
print(results, work.unfinished_tasks)
import copy, pickle
for obj in [threading.Lock(), threading.RLock(), queue.Queue(), threading.Condition()]:
    for f in (copy.deepcopy, pickle.dumps, copy.copy):
        try:
            f(obj)
            print('ok')
        except TypeError as e:
            print('TypeError', e)
