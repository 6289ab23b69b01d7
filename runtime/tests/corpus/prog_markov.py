# A Markov chain text generator with a hand-written seeded LCG.
class LCG:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF
    def next(self):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state
    def randint(self, n):
        return self.next() % n
    def choice(self, seq):
        return seq[self.randint(len(seq))]
    def random(self):
        return self.next() / 2 ** 32
    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = self.randint(i + 1)
            seq[i], seq[j] = seq[j], seq[i]
CORPUS = """the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat . a bird sat on the dog . the bird saw a cat and flew away .
the mat was red and the log was brown . a cat and a dog and a bird sat together ."""
words = CORPUS.split()
def build(words, order):
    chain = {}
    for i in range(len(words) - order):
        key = tuple(words[i:i + order])
        chain.setdefault(key, []).append(words[i + order])
    return chain
def generate(chain, rng, length, order):
    keys = sorted(chain)
    key = rng.choice(keys)
    out = list(key)
    for _ in range(length):
        nexts = chain.get(tuple(out[-order:]))
        if not nexts:
            break
        out.append(rng.choice(nexts))
    return " ".join(out)
rng = LCG(42)
print([rng.next() for _ in range(5)])
print([rng.randint(10) for _ in range(20)])
print([round(rng.random(), 6) for _ in range(5)])
for order in (1, 2):
    chain = build(words, order)
    print(f"order {order}: {len(chain)} states")
    for k in sorted(chain)[:6]:
        print("  ", k, "->", sorted(set(chain[k])))
    rng = LCG(2024 + order)
    for _ in range(3):
        print("  >", generate(chain, rng, 15, order))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng = LCG(7)
rng.shuffle(deck)
print(deck[:13])
counts = [0] * 6
for _ in range(6000):
    counts[rng.randint(6)] += 1
print(counts, sum(counts))
walk, pos = [], 0
for _ in range(30):
    pos += 1 if rng.random() < 0.5 else -1
    walk.append(pos)
print(walk)
inside = sum(1 for _ in range(5000) if (rng.random() ** 2 + rng.random() ** 2) <= 1)
print("pi estimate", 4 * inside / 5000)
