import random

r = random.Random(12345)
print(r.choices('abcde', cum_weights=[1, 1, 5, 5, 9], k=12))
print(r.choices(range(6), weights=[0, 1, 0, 2, 0, 3], k=12))
print(random.Random(7).choices('xy', cum_weights=[0.5, 1.0], k=6))


class OnlyRandom(random.Random):
    def random(self):
        return 0.625


o = OnlyRandom()
print(o._randbelow_without_getrandbits(10), o._randbelow_without_getrandbits(7))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(o._randbelow_without_getrandbits(1 << 60))
    print(repr(str(w[0].message)))
