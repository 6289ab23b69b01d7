"""Thread subclasses overriding run: a map-reduce word count with result objects."""
import threading
from collections import Counter

CORPUS = [
    "it was the best of times it was the worst of times",
    "it was the age of wisdom it was the age of foolishness",
    "it was the epoch of belief it was the epoch of incredulity",
    "it was the season of light it was the season of darkness",
    "it was the spring of hope it was the winter of despair",
    "we had everything before us we had nothing before us",
]


class Mapper(threading.Thread):
    def __init__(self, lines, index):
        super().__init__(name=f"mapper-{index}")
        self.lines = lines
        self.counts = Counter()

    def run(self):
        for line in self.lines:
            self.counts.update(line.split())


class Reducer(threading.Thread):
    def __init__(self, mappers, letters):
        super().__init__()
        self.mappers = mappers
        self.letters = letters
        self.result = {}

    def run(self):
        mappers_started.wait()
        for m in self.mappers:
            m.join()  # wait for all mappers before reducing
        for m in self.mappers:
            for word, n in m.counts.items():
                if word[0] in self.letters:
                    self.result[word] = self.result.get(word, 0) + n


mappers_started = threading.Event()
mappers = [Mapper(CORPUS[i::3], i) for i in range(3)]
reducers = [Reducer(mappers, "abcdefgh"), Reducer(mappers, "ijklmnopqrstuvwxyz")]
print("initial repr:", [repr(m).split(",")[1].strip() for m in mappers])
for r in reducers:
    r.start()  # reducers start first and block on join
for m in mappers:
    m.start()
mappers_started.set()
for r in reducers:
    r.join()
merged = {}
for r in reducers:
    merged.update(r.result)
top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("top words:", top)
print("distinct:", len(merged), "total:", sum(merged.values()))
print("mapper names:", [m.name for m in mappers])
print("stopped repr:", [repr(m).split(",")[1].split()[0] for m in mappers])
print("reducer default names differ:", reducers[0].name != reducers[1].name)
print("idents set:", all(m.ident is not None for m in mappers))

try:
    mappers[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)


class NotInit(threading.Thread):
    def __init__(self):
        pass


try:
    NotInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class SelfJoin(threading.Thread):
    def run(self):
        try:
            self.join()
        except RuntimeError as e:
            self.err = str(e)


sj = SelfJoin()
sj.start()
sj.join()
print("self join:", sj.err)


class Countdown(threading.Thread):
    def __init__(self, n, out):
        super().__init__(daemon=False)
        self.n = n
        self.out = out

    def run(self):
        me = threading.current_thread()
        self.out.append((me is self, me.name == self.name, self.n))


out = []
cds = [Countdown(n, out) for n in (3, 1, 2)]
for c in cds:
    c.start()
    c.join()
print(out)
print("main:", threading.current_thread().name, threading.current_thread() is threading.main_thread())
print("enumerate after joins:", [t.name for t in threading.enumerate()])
t = threading.Thread(target=print, args=("hello", "from", "thread"), kwargs={"sep": "-"})
t.start(); t.join()
d = threading.Thread(target=lambda: None)
d.daemon = True
d.start(); d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
