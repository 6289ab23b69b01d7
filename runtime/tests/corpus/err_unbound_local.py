# Ends with an uncaught UnboundLocalError.
count = 10
def bump():
    print("count before", count)
    count = count + 1
    return count
print("calling bump")
bump()
