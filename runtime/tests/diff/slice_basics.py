def t(label, f=None):
    if f is None:
        label, f = "", label
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t(lambda: slice())
t(lambda: slice(1,2,3,4))
t(lambda: slice(5))
t(lambda: slice(1, 5))
t(lambda: slice(1, 5, 2))
t(lambda: slice(None, None, -1))
t(lambda: slice('a', [1], 2.5))
t(lambda: slice(stop=3))
t(lambda: slice(1,2).start)
t(lambda: slice(1,2).stop)
t(lambda: slice(1,2).step)
t(lambda: slice(1,10,3).indices(5))
t(lambda: slice(None,None,-1).indices(5))
t(lambda: slice(-100,100).indices(5))
t(lambda: slice(1,2,0).indices(5))
t(lambda: slice(1,2).indices(-1))
t(lambda: slice('a',2).indices(5))
t(lambda: slice(1,2).indices('x'))
t(lambda: slice(1,2).indices())
t(lambda: slice(2**70, -2**70, -2**65).indices(10**30))
t(lambda: slice(1,2) == slice(1,2))
t(lambda: slice(1,2) == slice(1,3))
t(lambda: slice(1,2) < slice(1,3))
t(lambda: slice(1,2) <= (1,2))
t(lambda: slice(1,2) != 5)
t(lambda: hash(slice(1,2)))
t(lambda: {slice(1,2): 1})
t(lambda: setattr(slice(1,2), 'start', 5))
t(lambda: slice(1,2).__reduce__())
t(lambda: str(slice(1,2)))
t(lambda: [1,2,3,4,5][slice(1,4)])
t(lambda: 'hello'[slice(None,None,2)])
t(lambda: (1,2,3)[slice(-2, None)])
class I:
    def __index__(self): return 2
t(lambda: slice(I(), None).indices(10))
t(lambda: slice(1.5, None).indices(10))
t(lambda: type(slice(1)))
t(lambda: slice)
t(lambda: slice(1,2,3) > slice(1,2,2))

bounds = [None, 0, 1, 3, -1, -3, 7, -7, 100, -100]
steps = [None, 1, 2, 3, -1, -2, -5]
count = 0
for start in bounds:
    for stop in bounds:
        for step in steps:
            sl = slice(start, stop, step)
            r = []
            for n in (0, 1, 5, 8):
                idx = sl.indices(n)
                r.append(idx)
                assert list(range(*idx)) == list(range(n))[sl]
            count += 1
            if count % 4 == 0:
                print(sl, r)
data = list(range(10))
for sl in [slice(2, 8, 3), slice(None, None, -3), slice(-4, None), slice(None, -4), slice(8, 2, -2)]:
    print(sl, data[sl], "abcdefghij"[sl], tuple(data)[sl], sl.start, sl.stop, sl.step)
t("big indices", lambda: slice(None, None, 2**100).indices(10))
t("neg big", lambda: slice(-2**100, 2**100).indices(3))
t("step zero attr", lambda: slice(0, 1, 0))
t("cmp mixed", lambda: slice(1, 2) < slice(None, 2))
t("cmp lists", lambda: slice([1], 2) < slice([2], 1))
t("eq identity", lambda: (lambda s: s == s and s <= s and not s < s)(slice(1)))
t("ne other", lambda: slice(1, 2) == (1, 2))
t("repr nested", lambda: slice(slice(1), (1, 2), "s"))
t("indices kw", lambda: slice(1).indices(len=3))
t("indices float", lambda: slice(1).indices(3.0))
t("indices neg", lambda: slice(1).indices(-1))
