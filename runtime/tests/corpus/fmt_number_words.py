# Number formatting routines written by hand: words, roman numerals, ordinals, bases, durations.
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]
def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            return words(q) + " " + name + ((" and " if value == 100 else " ") + words(r) if r else "")
for n in [0, 7, 13, 20, 42, 99, 100, 101, 110, 999, 1000, 1001, 12345, 100000, 1000000, 7654321, -15, 10 ** 12 + 3]:
    print(f"{n:>15,} {words(n)}")
def roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in table:
        while n >= v:
            out += s
            n -= v
    return out
print([roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]])
def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
print(" ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000]))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 5, 255, -255, 2 ** 64, 123456789]:
    print(n, [to_base(n, b) for b in (2, 3, 7, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
def duration(seconds):
    parts = []
    for unit, size in [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)]:
        q, seconds = divmod(seconds, size)
        if q or (unit == "s" and not parts):
            parts.append(f"{q}{unit}")
    return " ".join(parts)
print([duration(s) for s in [0, 59, 60, 3599, 3600, 3661, 86399, 90061, 10 ** 6]])
def human_bytes(n):
    for unit in ["B", "KiB", "MiB", "GiB", "TiB"]:
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} {unit}"
        n /= 1024
print([human_bytes(n) for n in [0, 1023, 1024, 1536, 10 ** 6, 2 ** 30, 5 * 2 ** 40, 2 ** 50]])
def sci(x, digits=3):
    if x == 0:
        return "0"
    exp = 0
    m = abs(x)
    while m >= 10:
        m /= 10
        exp += 1
    while m < 1:
        m *= 10
        exp -= 1
    return f"{'-' if x < 0 else ''}{m:.{digits}f}e{exp}"
print([sci(v) for v in [1, 12.5, 0.00123, -98765.4321, 6.02214076e23]])
