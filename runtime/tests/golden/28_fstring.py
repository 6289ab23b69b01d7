name = "w"
s = f"hello {name}!"
t = f"{x!r:>{width}} {y=} {z:.2f}"
u = f"plain"
