# Ends with an uncaught exception raised from another (explicit cause); the last line is the outer one.
table = {str(i): i * 11 for i in range(10)}
for k, v in table.items():
    print("key", k, "value", v)
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not load {text!r}") from e
for t in ["1", "22", "333", "4x4"]:
    print("loaded", load(t))
