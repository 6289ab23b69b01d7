# Ends with an uncaught NameError from an undefined name (no close match, so no suggestion).
total = 0
for n in range(1, 6):
    total += n * n
    print("partial", n, total)
print("sum of squares", total)
print("average", mean_of_squares / 5)
