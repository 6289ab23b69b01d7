# Ends with an uncaught exception raised from another (explicit cause); the last line is the outer one.
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not load {text!r}") from e
for t in ["1", "22", "333", "4x4"]:
    print("loaded", load(t))
