# A binary-heap priority queue written by hand, used for task scheduling and k-way merge.
class PriorityQueue:
    def __init__(self, key=lambda x: x):
        self.heap = []
        self.key = key
        self.counter = 0
    def __len__(self):
        return len(self.heap)
    def push(self, item):
        self.heap.append((self.key(item), self.counter, item))
        self.counter += 1
        self._up(len(self.heap) - 1)
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._down(0)
        return top[2]
    def peek(self):
        return self.heap[0][2]
    def _up(self, i):
        h = self.heap
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break
    def _down(self, i):
        h, n = self.heap, len(self.heap)
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and h[c] < h[smallest]:
                    smallest = c
            if smallest == i:
                return
            h[i], h[smallest] = h[smallest], h[i]
            i = smallest
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed
pq = PriorityQueue()
values = [rand() % 1000 for _ in range(30)]
for v in values:
    pq.push(v)
out = [pq.pop() for _ in range(len(pq))]
print(values)
print(out, out == sorted(values))
try:
    pq.pop()
except IndexError as e:
    print("IndexError", e)
tasks = PriorityQueue(key=lambda t: (t[0], t[1]))
for prio, name in [(2, "write report"), (1, "fix outage"), (3, "lunch"), (1, "call boss"), (2, "review PR"), (5, "nap")]:
    tasks.push((prio, name))
while tasks:
    print("doing", tasks.pop())
fifo = PriorityQueue(key=lambda t: t[0])
for i, name in enumerate("abcdef"):
    fifo.push((i % 2, name))
print([fifo.pop()[1] for _ in range(6)])
def merge_sorted(*lists):
    pq = PriorityQueue(key=lambda t: t[0])
    for idx, lst in enumerate(lists):
        if lst:
            pq.push((lst[0], idx, 0))
    result = []
    while pq:
        v, idx, pos = pq.pop()
        result.append(v)
        if pos + 1 < len(lists[idx]):
            pq.push((lists[idx][pos + 1], idx, pos + 1))
    return result
print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5, 6, 7, 8]))
maxq = PriorityQueue(key=lambda x: -x)
for v in [5, 1, 9, 3, 7]:
    maxq.push(v)
print([maxq.pop() for _ in range(5)])
events = PriorityQueue(key=lambda e: e[0])
t = 0
events.push((0, "arrive", 1))
log = []
served = 0
while events and len(log) < 25:
    time, kind, cust = events.pop()
    log.append(f"{time:3d} {kind:7s} c{cust}")
    if kind == "arrive":
        events.push((time + rand() % 7 + 1, "serve", cust))
        if cust < 8:
            events.push((time + rand() % 5 + 1, "arrive", cust + 1))
    elif kind == "serve":
        served += 1
        events.push((time + rand() % 3 + 1, "leave", cust))
print("\n".join(log))
print("served", served)
