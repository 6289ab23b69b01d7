# Ends with an uncaught ValueError when parsing user-like input.
for s in ["0", "+5", "-17", "  42  ", "1_000", "007"]:
    print(repr(s), "->", int(s))
lines = ["12", "  7 ", "-3", "0x10", "42"]
values = []
for line in lines:
    v = int(line)
    values.append(v)
    print("parsed", v, "sum so far", sum(values))
