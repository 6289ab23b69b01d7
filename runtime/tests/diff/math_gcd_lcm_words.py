# math.gcd and math.lcm on small ints, ints of up to 128 bits and beyond (the machine-word
# paths and the big-int remainders), mixed signs, zero and many arguments.
import math, random
r = random.Random(5)
vals = [0, 1, -1, 2**62, -2**62, 2**63, 2**64 - 1, 2**127, 2**128 + 7, 3**90, -(5**70), 10**40]
for _ in range(300):
    k = r.randrange(1, 200)
    vals.append(r.randrange(-2**k, 2**k))
acc = 0
for a in vals:
    for b in vals[:40]:
        g = math.gcd(a, b)
        acc = (acc * 31 + g) % (2**61 - 1)
        l = math.lcm(a, b)
        acc = (acc * 31 + l) % (2**61 - 1)
print(acc)
print(math.gcd(*vals[:50]), math.lcm(12, 18, 2**70), math.gcd(2**200, 6**100), math.gcd(-(2**130), 2**129 * 3))
