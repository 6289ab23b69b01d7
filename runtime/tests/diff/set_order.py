# Iteration order of sets under CPython's table layout: growth, deletions (dummies), pop's finger,
# rebuilds by difference_update, copies and merges; ints and strs (PYTHONHASHSEED=0).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

names = ["n%d" % i for i in range(60)] + ["alpha", "beta", "gamma", "delta", "x", "yy", "zzz", "", "é", "日本"]
s = set()
for step in range(300):
    op = rnd(10)
    if op < 5:
        s.add(rnd(200) - 50)
    elif op < 7:
        s.discard(rnd(200) - 50)
    elif op < 8 and s:
        s.pop()
    else:
        s.add(rnd(1 << 40) * 4096)
    if step % 10 == 9:
        print(step, len(s), list(s))

t = set()
for step in range(200):
    op = rnd(6)
    w = names[rnd(len(names))]
    if op < 3:
        t.add(w)
    elif op < 5:
        t.discard(w)
    elif t:
        t.pop()
    if step % 8 == 7:
        print(step, list(t))

# growth boundaries
g = set()
for i in range(70):
    g.add(i * 37 % 101)
    if i in (3, 4, 5, 9, 10, 18, 19, 20, 40, 41, 69):
        print("grow", i, list(g))
# negative numbers and large ints
print(set([-1, -2, -3, -8, -9, 2**62, -2**62, 2**61 - 1, 2**61, 10**18]))
print(set([0.5, 1.5, -0.25, 1e100, 3.0, 7.75]))
print(set(["b", "a", "c", "aa", "bb", "ab", "ba"]))
# copy keeps the layout; merge into an existing set re-inserts
base = set(range(0, 100, 9))
base.discard(18)
base.discard(45)
print("base", list(base))
print("copy", list(base.copy()))
print("frozen", list(frozenset(base)))
merged = set([1000, 2000])
merged.update(base)
print("merged", list(merged))
print("union", list(set([500]) | base))
# pop sequence
p = set(range(0, 64, 5))
out = []
while p:
    out.append(p.pop())
    if len(out) % 4 == 0:
        p.add(len(out) * 11)
    if len(out) > 40:
        break
print("pops", out)
# discard then re-add reuses the last dummy slot met
d = set(range(0, 64, 8))
for x in range(0, 64, 16):
    d.discard(x)
for x in range(64, 200, 16):
    d.add(x)
print("reuse", list(d))
# difference_update rebuild when many dummies
r = set(range(200))
r.difference_update(range(0, 190))
print("rebuilt", list(r))
r.add(-1)
print("after add", list(r))
# str keys from split with duplicates
text = "the cat sat on the mat and the dog sat on the log while the bird sang"
print(set(text.split()))
print(frozenset(text))
print({w: None for w in text.split()}.keys() - {"the"})
s = set(range(0, 40, 3))
for i in range(0, 40, 6):
    s.discard(i)
s.add(100)
s |= s
s.update(s)
print(s)
s.add(7)
print(s)
