"""A three-stage pipeline joined by bounded queues (blocking put)."""
import queue
import threading

DONE = None


class Stage(threading.Thread):
    def __init__(self, name, func, inbox, outbox, log):
        super().__init__(name=name)
        self.func = func
        self.inbox = inbox
        self.outbox = outbox
        self.log = log
        self.count = 0
        self.max_seen_out = 0

    def run(self):
        while True:
            item = self.inbox.get()
            if item is DONE:
                if self.outbox is not None:
                    self.outbox.put(DONE)
                break
            result = self.func(item)
            self.count += 1
            if self.outbox is not None:
                self.outbox.put(result)
                self.max_seen_out = max(self.max_seen_out, self.outbox.qsize())
            else:
                self.log.append(result)


def tokenize(line):
    return line.lower().split()


def count_words(words):
    freq = {}
    for w in words:
        w = w.strip(".,;!?")
        if w:
            freq[w] = freq.get(w, 0) + 1
    return freq


def summarize(freq):
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return top


TEXT = """The quick brown fox jumps over the lazy dog.
A stitch in time saves nine, the saying goes.
To be or not to be, that is the question.
All that glitters is not gold; all is well.
The rain in Spain stays mainly in the plain.
Ask not what your country can do for you.
She sells sea shells by the sea shore, the shells she sells.
Early to bed and early to rise makes a man healthy.""".splitlines()

q1 = queue.Queue(maxsize=2)
q2 = queue.Queue(maxsize=2)
q3 = queue.Queue(maxsize=1)
log = []
stages = [
    Stage("tokenize", tokenize, q1, q2, log),
    Stage("count", count_words, q2, q3, log),
    Stage("summarize", summarize, q3, None, log),
]
for s in stages:
    s.start()

for line in TEXT:
    q1.put(line)
q1.put(DONE)

for s in stages:
    s.join()

for s in stages:
    print(f"{s.name:<10} handled {s.count} items, out-queue peak <= bound: "
          f"{s.outbox is None or s.max_seen_out <= s.outbox.maxsize}")
for i, top in enumerate(log):
    print(i, top)
print("full/empty:", q1.full(), q1.empty(), q2.empty(), q3.empty())

# put with timeout on a full queue raises Full
bounded = queue.Queue(maxsize=1)
bounded.put("x")
try:
    bounded.put("y", timeout=0.01)
except queue.Full:
    print("Full raised, qsize", bounded.qsize())
try:
    bounded.put_nowait("z")
except queue.Full:
    print("put_nowait Full")
print(bounded.get_nowait())
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("Empty raised")
