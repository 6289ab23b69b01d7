assert x > 0
assert y, "y must be set"
raise ValueError("bad") from err
raise
