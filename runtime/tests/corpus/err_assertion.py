# Ends with an uncaught AssertionError with a message.
def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
for data in [[5], [3, 1], [7, 1, 4], [9, 2, 8, 4], [1, 1, 1, 1, 1], list(range(10))]:
    print(data, "median", median(data))
def mean(xs):
    assert xs, "mean of empty list"
    return sum(xs) / len(xs)
for data in [[1, 2, 3], [10], [2.5, 3.5], []]:
    print(data, mean(data))
