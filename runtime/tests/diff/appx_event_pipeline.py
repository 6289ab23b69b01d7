import functools
import itertools
import reprlib
import re
from collections import deque, Counter


def coroutine(fn):
    @functools.wraps(fn)
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start


@coroutine
def sink(results):
    try:
        while True:
            item = yield
            results.append(item)
    except GeneratorExit:
        results.append("<sink closed>")
        raise


@coroutine
def filter_level(target, minimum):
    levels = {"DEBUG": 10, "INFO": 20, "WARN": 30, "ERROR": 40}
    dropped = 0
    try:
        while True:
            ev = yield dropped
            if levels[ev["level"]] >= minimum:
                target.send(ev)
            else:
                dropped += 1
    finally:
        target.close()


@coroutine
def enrich(target):
    seq = itertools.count(1)
    while True:
        try:
            ev = yield
        except ValueError as e:
            target.send({"level": "ERROR", "msg": f"injected: {e}", "seq": -1})
            continue
        ev = dict(ev, seq=next(seq), words=len(ev["msg"].split()))
        target.send(ev)


def read_events(lines):
    pat = re.compile(r"(?P<level>[A-Z]+):\s*(?P<msg>.*)")
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = pat.match(line)
        if m is None:
            yield {"level": "WARN", "msg": f"unparsable line {n}"}
            continue
        yield m.groupdict()


TEXT = """
INFO: service starting
DEBUG: loading config from disk
# a comment
INFO: listening on port 8080
oops this is not an event
WARN: disk 91% full
DEBUG: heartbeat
ERROR: worker 3 crashed with exit code 137
INFO: worker 3 restarted
"""

results = []
out = sink(results)
filt = filter_level(out, 20)
pipe = enrich(filt)
for ev in read_events(TEXT.splitlines()):
    pipe.send(ev)
pipe.throw(ValueError("manual fault"))
print("dropped so far:", filt.send({"level": "DEBUG", "msg": "x"}))
pipe.close()
filt.close()
print(filt.gi_running, pipe.gi_frame is None)
for r in results:
    print(r if isinstance(r, str) else f"#{r['seq']:>2} {r['level']:<5} ({r['words']}w) {r['msg']}"
          if "words" in r else f"#{r['seq']:>2} {r['level']:<5} {r['msg']}")


def windowed(it, n):
    win = deque(maxlen=n)
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)


def chunks(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


levels = [r["level"] for r in results if isinstance(r, dict)]
print(list(windowed(levels, 3))[:3])
print(list(chunks(range(10), 4)))
print([(k, len(list(g))) for k, g in itertools.groupby(levels)])
print(list(itertools.pairwise("abcd")), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.takewhile(str.isupper, "ABcD")), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations_with_replacement("xyz", 2))[:4], list(itertools.filterfalse(None, [0, 1, "", "a"])))
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), list(itertools.repeat("z", 3)), list(zip(itertools.cycle("ab"), range(5))))


def gen_with_cleanup(log):
    try:
        for i in range(5):
            try:
                yield i
            finally:
                log.append(f"after {i}")
    finally:
        log.append("done")


log = []
g = gen_with_cleanup(log)
print(next(g), next(g), log)
del g
print(log)
log = []
print(list(itertools.islice(gen_with_cleanup(log), 2)), log)


def delegator():
    total = yield from accumulate_until_none()
    yield f"total={total}"


def accumulate_until_none():
    tot = 0
    while (v := (yield tot)) is not None:
        tot += v
    return tot


d = delegator()
print(next(d), d.send(5), d.send(7), d.send(None))
try:
    next(d)
except StopIteration as e:
    print("StopIteration", e.value)


def by_priority(a, b):
    order = ["ERROR", "WARN", "INFO"]
    return (order.index(a["level"]) - order.index(b["level"])) or (a["seq"] - b["seq"])


evs = [r for r in results if isinstance(r, dict)]
print([(e["level"], e["seq"]) for e in sorted(evs, key=functools.cmp_to_key(by_priority))])
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 20
print(r.repr(list(range(100))), r.repr("x" * 100), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set("abcdefghijk")))
print(Counter(levels).most_common(), functools.reduce(lambda a, b: a * b, range(1, 8)))


@functools.lru_cache(maxsize=4)
def cost(n):
    return n if n < 2 else cost(n - 1) + cost(n - 2)


print([cost(i) for i in range(12)], cost.cache_info())
cost.cache_clear()
print(cost.cache_info(), cost(30))
p = functools.partial(int, base=2)
print(p("1011"), p.func.__name__, p.keywords, functools.partial(p, "11")())
