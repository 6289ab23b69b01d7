# Ends with an uncaught ZeroDivisionError after printing a computation table.
def ratio(a, b):
    return a / b
rows = [(10, 2), (7, 3), (1, 8), (-9, 4), (5, -5), (0, 1), (3, 0)]
total = 0.0
for a, b in rows:
    r = ratio(a, b)
    total += r
    print(f"{a:>3} / {b:>3} = {r:.4f}   running total {total:.4f}")
print("never reached")
