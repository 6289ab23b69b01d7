# Slice assignment and deletion on lists and bytearrays.
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100, 101]
print(l)
l[1:3] = []
print(l)
l[::2] = "X" * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
l = list(range(10))
l[::-3] = ["p", "q", "r", "s"]
print(l)
l[5:2] = ["ins"]
print(l)
l[-2:] = range(3)
print(l)
l[:] = "xyz"
print(l)
try:
    l[0:1] = 5
except TypeError as e:
    print("TypeError", e)
l = [1, 2, 3]
l[1:2] = l
print(l)
l = [0] * 5
l[1:4] = (i * i for i in range(7))
print(l)
m = list(range(8))
del m[1::3]
print(m)
del m[::-1]
print(m)
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
print(ba)
ba[6:] = b"there!!"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba[0:0] = [65, 66]
print(ba)
try:
    ba[0:1] = [300]
except ValueError as e:
    print("ValueError", e)
ba[1] = 67
print(ba, ba[1])
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError", e)
x = list("abcdef")
x[1:5:2] = ["B", "D"]
print("".join(x))
x[-1:-7:-1] = list("123456")
print("".join(x))
y = [1, 2, 3, 4, 5]
y[1:-1] = [y[1:-1]]
print(y)
z = [[0] * 3 for _ in range(3)]
z[1][:] = [7, 8, 9]
print(z)
w = [1, 2, 3]
w[10:20] = [4]
print(w)
w[-10:1] = ["start"]
print(w)
