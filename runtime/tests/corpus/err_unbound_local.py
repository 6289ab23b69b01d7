# Ends with an uncaught UnboundLocalError.
for i in range(1, 9):
    print(f"{i} squared is {i * i}, cubed is {i ** 3}")
count = 10
def bump():
    print("count before", count)
    count = count + 1
    return count
print("calling bump")
bump()
