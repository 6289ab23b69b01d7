# Ends with an uncaught AssertionError with a message.
def mean(xs):
    assert xs, "mean of empty list"
    return sum(xs) / len(xs)
for data in [[1, 2, 3], [10], [2.5, 3.5], []]:
    print(data, mean(data))
