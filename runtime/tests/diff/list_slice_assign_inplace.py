# Slice assignment with step 1: the same number of items (swapped in place), more,
# fewer, from itself, from iterators, and the order replaced items die in.
a = list(range(10))
a[2:5] = "xyz"
print(a)
a[:4] = a[3::-1]
print(a)
a[5:5] = [100, 101]
print(a)
a[1:8] = []
print(a)
a[:] = a
print(a)
a[-2:] = (i * i for i in range(2))
print(a)
a[3:1] = ["q"]
print(a)
b = list(range(8))
for k in range(1, 8):
    b[:k + 1] = b[k::-1]
print(b)
try:
    a[0:1] = 5
except TypeError as e:
    print("TypeError", e)


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, "list now", [getattr(x, "n", x) for x in holder])


holder = [Noisy(1), Noisy(2), 3]
holder[0:2] = ["a", "b"]
print([getattr(x, "n", x) for x in holder])
holder[0:1] = [Noisy(4), Noisy(5)]
holder[0:3] = [7, 8, 9]
print(holder)
