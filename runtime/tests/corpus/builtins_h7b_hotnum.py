def acc(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3 + i
        if i % 20 == 0: out.append(x % 1000003)
    return out, x.bit_length()
print(acc(300))
def mix(n):
    t = 0
    for i in range(n):
        if i % 3 == 0: t += 0.5
        elif i % 3 == 1: t += 2**62
        else: t -= 2**62
        t = t * 1
    return t
print(mix(300))
def cmpmix(vals):
    c = 0
    for a in vals:
        for b in vals:
            if a < b: c += 1
            if a == b: c += 100
    return c
print(cmpmix([1, 1.0, True, 2**63, 2.0**63, -1, -0.0, 0, 3, 2.5, 10**20, 1e20, float('inf')]))
def neg(n):
    r = []
    for i in range(-n, n):
        r.append((i // 7, i % 7, -i // 3, i % -3, divmod(i, -4)))
    return r[::37]
print(neg(200))
def sh(n):
    s = 0
    for i in range(n):
        s ^= (1 << (i % 70)) >> (i % 5)
        s += (-i) >> 3
    return s
print(sh(500))
def strops(n):
    s = ''
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 50: s = s[10:]
    return s, s * 0, s[::-3]
print(strops(400))
def fl(n):
    vals = []
    x = 0.1
    for i in range(n):
        x = (x * 3.7) % 1.0
        vals.append(round(x, 3))
    return vals[-5:], sum(vals), min(vals), max(vals)
print(fl(500))
def idx(n):
    l = list(range(10)); t = tuple(l); s = 'abcdefghij'
    c = 0
    for i in range(n):
        j = i % 25 - 12
        try:
            c += l[j] + t[j] + ord(s[j])
        except IndexError:
            c -= 1
    return c
print(idx(400))
def bools(n):
    c = 0
    for i in range(n):
        c += (i % 2 == 0) + (i > 5) * 2 - (not i)
    return c, True + True, True & False, True | 2, ~True, -True, True ** 2, True / 2
print(bools(300))
def big_div(n):
    r = []
    a = 10**25
    for i in range(1, n):
        a = a * 7 // i + (-a) % (i + 1)
        r.append(a % 97)
    return r[-10:], a.bit_length()
print(big_div(300))
