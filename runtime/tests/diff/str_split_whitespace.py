# str.split() and rsplit() on whitespace, with and without maxsplit, on ASCII text (split
# by bytes) and text with non-ASCII spaces: every result compared through a digest.
import random, time
r = random.Random(1)
ws = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "  ", "\xa0", "\u2003"]
words = ["a", "bb", "ccc", "dd d", "é", "x"]
out = []
for n in range(3000):
    s = "".join(r.choice(ws) if r.random() < 0.4 else r.choice(words) for _ in range(r.randrange(0, 12)))
    for m in (-1, 0, 1, 2, 5):
        out.append((s.split(None, m), s.split(maxsplit=m), s.rsplit(None, m)))
import hashlib
print(hashlib.sha256(repr(out).encode()).hexdigest(), out[5], out[77])
line = "the quick  brown\tfox jumps over the lazy dog 123 456 789 " * 4
t = time.perf_counter()
for _ in range(100000): line.split()
for s in ["  a b  c  ", "a\x1cb\x1fc", " x ", "", "   ", "one", "\tlead\ttrail\n"]:
    print(repr(s), s.split(), s.split(None, 1), s.split(maxsplit=0), s.rsplit(None, 1))
