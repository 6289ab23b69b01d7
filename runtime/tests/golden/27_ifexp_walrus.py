v = a if c else b
if (n := len(data)) > 10:
    print(n)
vals = [y for x in data if (y := f(x))]
