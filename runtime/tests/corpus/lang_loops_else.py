# for/while with else, break, continue, nested loops.
for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("no break")
for i in range(3):
    pass
else:
    print("else after complete for, i =", i)
for i in []:
    print("never")
else:
    print("else on empty loop")
n = 0
while n < 3:
    n += 1
else:
    print("while else, n =", n)
n = 0
while True:
    n += 1
    if n > 4:
        break
print("while True broke at", n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("not printed")

def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    return None
M = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(M, 5), find(M, 9), find(M, 10))

primes = []
for n in range(2, 40):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

# continue in finally-less try inside loop
out = []
for i in range(6):
    try:
        if i == 2:
            continue
        if i == 4:
            break
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)

# modifying the loop variable does not affect iteration
for i in range(3):
    print("i", i)
    i = 100
# iterating while appending to list (bounded)
items = [1]
for it in items:
    if it < 5:
        items.append(it + 1)
print(items)

# while with complex condition and else skipped by break
count = 0
while count < 10 and count != 7:
    count += 2
    if count == 6:
        break
else:
    print("never")
print("count", count)
# nested break only breaks inner
res = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        res.append((a, b))
print(res)
# for over dict iterates keys in insertion order
d = {"z": 1, "a": 2, "m": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
# loop over a string with enumerate start
for i, ch in enumerate("abc", 1):
    print(i, ch)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
