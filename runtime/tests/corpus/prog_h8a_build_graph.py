import re
from graphlib import TopologicalSorter, CycleError
from collections import defaultdict, deque

MAKEFILE = """
# build description
app: main.o util.o parser.o libcore.a
\tlink -o app main.o util.o parser.o -lcore
main.o: main.c config.h util.h
\tcc -c main.c
util.o: util.c util.h
\tcc -c util.c
parser.o: parser.c parser.h tokens.h
\tcc -c parser.c
tokens.h: tokens.def gen_tokens.py
\tpython gen_tokens.py > tokens.h
libcore.a: core1.o core2.o
\tar rcs libcore.a core1.o core2.o
core1.o: core1.c config.h
core2.o: core2.c config.h
config.h: config.h.in
\tconfigure
test: app testdata.txt
\t./app --test
.PHONY: clean test
clean:
\trm -f *.o app
"""

RULE = re.compile(r"^(?P<target>[\w.]+)\s*:(?P<deps>[^\n]*)$")
deps = {}
recipes = defaultdict(list)
phony = set()
current = None
for line in MAKEFILE.splitlines():
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    if line.startswith("\t"):
        recipes[current].append(line.strip())
        continue
    m = RULE.match(line)
    if not m:
        print("unparsed:", line)
        continue
    if m["target"] == ".PHONY":
        phony.update(m["deps"].split())
        continue
    current = m["target"]
    deps[current] = m["deps"].split()

print(f"{len(deps)} rules, phony={sorted(phony)}")
for t in sorted(deps):
    print(f"  {t:<10} <- {', '.join(deps[t]) or '(none)'}  [{len(recipes[t])} cmd]")

ts = TopologicalSorter(deps)
order = list(ts.static_order())
print("\nstatic order:", order)
sources = sorted(n for n in order if n not in deps)
print("leaf sources:", sources)

ts = TopologicalSorter(deps)
ts.prepare()
level = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    print(f"wave {level}: {ready}")
    for n in ready:
        ts.done(n)
    level += 1

def needed_for(target):
    seen, q = set(), deque([target])
    while q:
        t = q.popleft()
        for d in deps.get(t, []):
            if d not in seen:
                seen.add(d)
                q.append(d)
    return seen
for t in ["app", "test", "parser.o", "clean"]:
    print(f"{t}: needs {len(needed_for(t))}: {sorted(needed_for(t))}")

rdeps = defaultdict(set)
for t, ds in deps.items():
    for d in ds:
        rdeps[d].add(t)
def affected(changed):
    out, q = set(), deque([changed])
    while q:
        for parent in rdeps[q.popleft()]:
            if parent not in out:
                out.add(parent)
                q.append(parent)
    return out
for f in ["config.h.in", "util.h", "tokens.def", "testdata.txt"]:
    print(f"touch {f:<12} -> rebuild {sorted(affected(f))}")

cyclic = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}
try:
    list(TopologicalSorter(cyclic).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(set(e.args[1])))
ts2 = TopologicalSorter()
ts2.add("x", "y", "z")
ts2.add("y", "z")
print(list(ts2.static_order()))
ts3 = TopologicalSorter({"a": []})
ts3.prepare()
try:
    ts3.add("b")
except ValueError as e:
    print("ValueError:", e)
try:
    ts3.done("zzz")
except ValueError as e:
    print("ValueError:", e)
print("commands in build order:")
for n in order:
    for cmd in recipes.get(n, []):
        print(f"  [{n}] $ {cmd}")
