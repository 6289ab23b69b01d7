# The fast randrange/choice paths apply only while the instance and its class use the
# stock generator: a subclass, a patched class and an instance attribute each fall back.
import random
r = random.Random(5)
print([r.randrange(100) for _ in range(5)], r.choice("abcdef"))
class R2(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k < 3 else super().getrandbits(k)
r2 = R2(5)
print([r2.randrange(100) for _ in range(5)], [r2.randrange(4) for _ in range(5)])
r3 = random.Random(5)
print([r3.randrange(100) for _ in range(3)])
random.Random.getrandbits = lambda self, k: 3 % (1 << k) if k else 0
print([r3.randrange(100) for _ in range(3)], r3.choice([1,2,3,4,5]))
r4 = random.Random(1)
r4.getrandbits = lambda k: 1
print([r4.randrange(10) for _ in range(3)])
