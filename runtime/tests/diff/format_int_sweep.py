# Integer format specs: every combination of fill/align, sign, #, 0, width, grouping and
# type over small, large and boolean values, against CPython (a digest, plus samples).
import itertools
vals = [0, 1, -1, 7, -7, 42, -42, 255, -255, 1000, -1000, 123456789, -123456789, 2**40, -2**40, 2**62 - 1, -2**62, 2**70, -2**70, True]
specs = []
for fill_align in ["", "<", ">", "^", "=", "*<", "0>", "x^", "_="]:
    for sign in ["", "+", "-", " "]:
        for alt in ["", "#"]:
            for zero in ["", "0"]:
                for width in ["", "1", "8", "15"]:
                    for grp in ["", ",", "_"]:
                        for ty in ["", "d", "b", "o", "x", "X", "n"]:
                            specs.append(fill_align + sign + alt + zero + width + grp + ty)
out = []
for v in vals:
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + str(e))
import hashlib
print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
print(out[:5], out[-5:])
print([f"{i:05d}|{i * 0.5:.2f}" for i in range(-3, 4)], f"{12345:,}", f"{-5:+08_d}", f"{255:#010x}")
