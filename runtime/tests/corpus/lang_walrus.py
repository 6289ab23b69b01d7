# Assignment expressions.
data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print(f"long list {n}")
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
print("stopped at", v)
print((a := 5), a)
print((b := a + 1) * (c := b + 1), b, c)

def f():
    if (x := 10) > 5:
        return x * 2
print(f())

total = 0
results = [total := total + i for i in range(6)]
print(results, total)

# in while with chunk processing
buf = list(range(10))
while chunk := buf[:3]:
    del buf[:3]
    print("chunk", chunk)

# in any() short-circuit: binds the witness
nums = [4, 8, 15, 16, 23, 42]
if any((w := x) % 2 for x in nums):
    print("first odd", w)
if all((w2 := x) < 20 for x in nums):
    print("all small")
else:
    print("witness", w2)

# nested scope binding
def outer():
    [z := i for i in range(3)]
    return z
print(outer())

# in lambda
g = lambda: (t := 7) + t
print(g())

# in dict
d = {"k": (q := 11), "j": q + 1}
print(d)

# walrus in comprehension condition used in output
print({name: length for name in ["ann", "bo", "carla"] if (length := len(name)) > 2})
