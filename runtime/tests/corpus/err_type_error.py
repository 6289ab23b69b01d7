# Ends with an uncaught TypeError when mixing str and int.
items = [("apples", 3), ("pears", 5), ("plums", "7")]
count = 0
for name, n in items:
    print("adding", name)
    count = count + n
print(count)
