# Fixed-point formatting ('f', 'F', %-style) of floats whose scaled value is an exact
# integer (halves, quarters, binary fractions) and of ordinary floats, every precision
# from 0 to 16: a digest of all the texts and the first of them.
import random
r = random.Random(3)
vals = [0.5, -0.5, 12345.5, -0.25, 1e15, 123456789.125, 0.001, -0.001, 2.5, 1/3, 0.1, 1e-7, 3.0, -7.0, 9007199254740992.0, 4503599627370495.5, 0.0, -0.0]
vals += [r.randrange(-10**6, 10**6) / 2**r.randrange(0, 12) for _ in range(3000)]
vals += [r.uniform(-1e6, 1e6) for _ in range(500)]
out = []
for v in vals:
    for p in range(0, 17):
        out.append(f"{v:.{p}f}|{v:+.{p}F}|{'%.*f' % (p, v)}")
print(len(out), hash("\n".join(out)) if False else "")
import hashlib
print(hashlib.sha256("\n".join(out).encode()).hexdigest())
print(out[:40])
