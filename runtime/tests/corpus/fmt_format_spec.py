# The format mini-language in depth for ints, floats and strings.
ints = [0, 7, -7, 255, 123456789, -(2 ** 40)]
specs_i = ["", "d", "5d", "<6", ">6", "^7", "06", "+", " ", "-", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
           ",", "_", "+,", "012,", "#012x", "_b", "#_b", "=+8", "*^9", "c" , "n", "e", ".2f", "%"]
for s in specs_i:
    out = []
    for v in ints:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append(f"<{type(e).__name__}: {e}>")
    print(repr(s), out)
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1.23e20, float("inf"), float("-inf"), float("nan"), 0.5, 2.5]
specs_f = ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.1f", "^12.3e", "e", ".2e", "E", "g", ".3g", ".10g", "G",
           "%", ".1%", "+.2f", " .2f", "010.3f", ",.2f", "_.1f", "#.0f", "#g", ".0e", "n", ".2n", "=+12.2f", "z.1f"]
for s in specs_f:
    out = []
    for v in floats:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append(f"<ValueError: {e}>")
    print(repr(s), out)
strs = ["", "a", "hello", "héllo wörld"]
specs_s = ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "-<7", "0>5"]
for s in specs_s:
    print(repr(s), [format(v, s) for v in strs])
for bad in [("x", "d"), (1.5, "d"), (1, "s"), ("s", ","), (1, ",x"), (1.0, "x"), ("abc", "=5"), (1, "z")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError", bad, e)
