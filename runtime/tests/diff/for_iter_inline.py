# for-loops over list and range iterators, taken inline by the hot loop (and by
# shadow code's FOR_ITER_LIST / FOR_ITER_RANGE): mutation, subclasses, exhaustion.


class L(list):
    def __iter__(self):
        return iter([x * 10 for x in list.__iter__(self)])


class Plain(list):
    pass


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def run(k):
    out = []
    xs = [1, 2, 3]
    for x in xs:
        if x == 1:
            xs.append(4)
        out.append(x)
    ys = [1, 2, 3, 4, 5]
    for y in ys:
        if y == 2:
            ys.remove(y)
        out.append(y)
    for z in L([1, 2]):
        out.append(z)
    for z in Plain([7, 8]):
        out.append(z)
    it = iter([5, 6, 7])
    out.append(next(it))
    for v in it:
        out.append(v)
    xs2 = [1]
    it2 = iter(xs2)
    for v in it2:
        out.append(v)
    xs2.append(2)
    out.append(list(it2))
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(2**62 - 2, 2**62 + 2):
        out.append(i)
    for i in range(-2**63 - 1, -2**63 + 1):
        out.append(i)
    total = 0
    for i in range(k):
        for j in range(i):
            total += j
    out.append(total)
    r = iter(range(3))
    out.append(next(r))
    for i in r:
        out.append(i)
    out.append(list(r))
    return out


for k in range(60):
    res = run(k)
print(res)


def drop_at_end():
    for x in [Noisy(1), Noisy(2)]:
        pass
    print("after loop")


for _ in range(3):
    drop_at_end()


def nested_break():
    acc = []
    for a in [1, 2, 3]:
        for b in range(5):
            if b == 2:
                break
            acc.append((a, b))
        else:
            acc.append("no")
    return acc


for _ in range(60):
    r = nested_break()
print(r)
