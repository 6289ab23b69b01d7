# Slicing with steps, negatives, out-of-range, on lists, strings, tuples, ranges, bytes.
s = "abcdefghij"
l = list(range(10))
t = tuple(l)
r = range(10)
b = b"0123456789"
cases = [
    (None, None, None), (2, None, None), (None, 3, None), (2, 7, None), (-3, None, None),
    (None, -3, None), (-100, 100, None), (None, None, 2), (None, None, -1), (None, None, -2),
    (8, 2, -2), (2, 8, -1), (-1, -5, -1), (5, None, -1), (None, 5, -1), (100, None, -3),
    (1, 9, 3), (9, 1, -3), (3, 3, None), (7, 2, None), (0, 10, 4), (-2, -1, None),
]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print(f"{str(sl):24}", repr(s[sl]), l[sl], t[sl], list(r[sl]), b[sl])
print(r[2:8:2], r[::-1], r[-3:])
print(range(0, 20, 3)[1::2], range(10, 0, -2)[::-1])
try:
    l[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[1.5:2]
except TypeError as e:
    print("TypeError", e)
print(s[True:], l[False:2])
class Idx:
    def __index__(self):
        return 3
print(s[Idx():], l[:Idx()], s[Idx()])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-20, 20).indices(7))
print(slice(3), slice(1, 2), slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
big = 10 ** 30
print(l[-big:big], s[big:], s[:-big])
print("hello"[::-1], "racecar"[::-1] == "racecar")
nested = [[1, 2, 3], [4, 5, 6]]
print(nested[1][::-1], nested[::-1][0][1:])
print(s[len(s):], s[-1], s[-len(s)])
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    t[-11]
except IndexError as e:
    print("IndexError", e)
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
try:
    b[20]
except IndexError as e:
    print("IndexError", e)
print(b[0], b[-1], type(b[0]).__name__)
