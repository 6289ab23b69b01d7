ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)

def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]

def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for v, name in SCALES:
        if n >= v:
            q, r = divmod(n, v)
            sep = " and " if 0 < r < 100 else ", " if r else ""
            return words(q) + " " + name + sep + (words(r) if r else "")

def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

def human_bytes(n, binary=True):
    base = 1024 if binary else 1000
    units = ["B", "KiB", "MiB", "GiB", "TiB"] if binary else ["B", "kB", "MB", "GB", "TB"]
    v = float(n)
    for u in units:
        if abs(v) < base or u == units[-1]:
            return f"{v:.0f} {u}" if u == "B" else f"{v:.1f} {u}"
        v /= base

def duration(secs):
    parts = []
    for name, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        q, secs = divmod(secs, size)
        if q or (name == "s" and not parts):
            parts.append(f"{q}{name}")
    return " ".join(parts)

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000]:
    try:
        r = to_roman(n)
        print(f"{n:>5} {r:<15} {from_roman(r):>5}")
    except ValueError as e:
        print(f"{n:>5} error: {e}")
for s in ["MCMXCIV", "IIII", "IC", "XLII", "MMXXIV"]:
    try:
        print(s, from_roman(s))
    except (ValueError, KeyError) as e:
        print(s, type(e).__name__, e)
for n in [0, 7, 13, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 1002003, 987654321, -45, 10**12 + 7]:
    print(f"{n:>15,} {words(n)}")
print(" ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000]))
for n in [0, 1, 1023, 1024, 1536, 10**6, 2**30, 5 * 2**40, 2**60]:
    print(f"{n:>22,} {human_bytes(n):>12} {human_bytes(n, False):>12}")
for s in [0, 59, 60, 61, 3599, 3600, 86399, 86400, 90061, 1000000]:
    print(f"{s:>8} {duration(s)}")
print([f"{x:e}" for x in (0.00012345, 12345678.9)], [f"{x:.2e}".replace("e", "×10^") for x in (6.022e23, 1.6e-19)])
print([f"{n:b}".zfill(8) for n in (5, 200, 255)], [f"{n:08b}" for n in (5, 200)], [int(b, 2) for b in ("101", "11111111")])
print([f"{n:o}" for n in (8, 64, 511)], [oct(n) for n in (8, -8)], [hex(n) for n in (255, -255, 0)], bin(-5))
print([f"{c:02X}" for c in b"\x00\x0f\xff"], "".join(f"{ord(c):04x}" for c in "Aé€"))
