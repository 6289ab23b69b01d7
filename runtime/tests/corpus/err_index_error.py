# Ends with an uncaught IndexError inside nested function calls.
def window(seq, i):
    return seq[i - 1] + seq[i] + seq[i + 1]
data = [3, 1, 4, 1, 5, 9, 2, 6]
for i in range(1, len(data)):
    print(i, window(data, i))
