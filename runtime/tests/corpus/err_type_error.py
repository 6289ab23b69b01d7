# Ends with an uncaught TypeError when mixing str and int.
prices = {"apples": 0.5, "pears": 0.75, "plums": 0.2}
for fruit, price in prices.items():
    for qty in (1, 5, 12):
        print(f"{qty:>3} {fruit:<7} cost {qty * price:6.2f}")
items = [("apples", 3), ("pears", 5), ("plums", "7")]
count = 0
for name, n in items:
    print("adding", name)
    count = count + n
print(count)
