import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9, 2.5, 2.0, True]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 4), bisect_right(a, 2, 0, 3), bisect_right(a, 9, hi=3), bisect_left(a, 2, lo=1, hi=2))
print(bisect_left([], 1), bisect_right([], 1), bisect_left(a, 2, 5, 5), bisect_left(a, 2, 6, 2))
print(bisect_left("abcdef", "c"), bisect_right(("a", "b", "b"), "b"), bisect_left(range(0, 100, 3), 50))
show("int seq", lambda: bisect.bisect(1, 2))
show("neg lo", lambda: bisect.bisect([], 1, -1))
show("str lo", lambda: bisect.bisect([1], 1, "a"))
show("insort int", lambda: bisect.insort(1, 2))
show("key not callable", lambda: bisect.bisect([1, 2], 1, key=1))
show("no args", lambda: bisect.bisect())
show("too many", lambda: bisect.bisect([], 1, 0, 5, None, 3))
show("hi -1", lambda: bisect.bisect([1], 1, hi=-1))
show("hi past end", lambda: bisect.bisect([1, 2, 3], 2, 0, 10))
show("hi None", lambda: bisect.bisect_left([1, 2, 3], 2, 0, None))
show("mixed types", lambda: bisect.bisect_left([1, 2, 3], "a"))
show("kw names", lambda: bisect.bisect_left(a=[1, 2, 3], x=2))
show("bad kw", lambda: bisect.bisect_left([1], 2, foo=3))

# key=
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
keyf = lambda r: r[1]
print(bisect_left(recs, 3, key=keyf), bisect_right(recs, 3, key=keyf), bisect_left(recs, 5, key=keyf), bisect_right(recs, 0, key=keyf))
insort_left(recs, ("x", 3), key=keyf)
insort_right(recs, ("y", 3), key=keyf)
insort_right(recs, ("z", 9), key=keyf)
insort_left(recs, ("w", 0), key=keyf)
print(recs)
print(bisect_left(recs, 3, 2, key=keyf), bisect_right(recs, 3, 0, 4, key=keyf), bisect_left(recs, 3, key=None) if False else None)

# insort
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    insort_right(s, x)
print(s)
s2 = []
for x in [3.0, 3, 1, 3]:
    bisect.insort_left(s2, x)
print(s2, [type(v).__name__ for v in s2])
s3 = []
for x in [3.0, 3, 1, 3]:
    bisect.insort(s3, x)
print(s3, [type(v).__name__ for v in s3])
s4 = [1, 5]
insort_left(s4, 3, 0, 1)
print(s4)
class Seq:
    def __init__(self):
        self.data = []
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.data.insert(i, x)
q = Seq()
for x in [2, 1, 3]:
    bisect.insort(q, x)
print(q.data)

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect.__name__, bisect.insort.__name__, bisect.bisect_left.__name__)
