import queue
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for v in (3, 1, 2):
        q.put(v)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(3)], q.empty())
    try:
        q.get_nowait()
    except queue.Empty as e:
        print(' empty', type(e).__name__)
