# Text statistics: word frequencies, n-grams, line wrapping and a simple justified layout.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    cleaned = "".join(ch.lower() if ch.isalnum() or ch == "'" else " " for ch in text)
    return cleaned.split()

ws = words(TEXT)
print(len(ws), len(set(ws)), ws[:6])
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    bar = "#" * n
    print(f"{w:>12} {n:3d} {bar:<12}| {n / len(ws):6.2%}")
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(((n, " ".join(k)) for k, n in bigrams.items() if n > 2), reverse=True))
lengths = [len(w) for w in ws]
print(f"avg={sum(lengths) / len(lengths):.3f} longest={max(ws, key=len)!r} shortest={min(ws, key=len)!r}")
hist = {}
for n in lengths:
    hist[n] = hist.get(n, 0) + 1
for n in sorted(hist):
    print(f"{n:2d} | {'*' * hist[n]}")

def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines

def justify(line_words, width):
    if len(line_words) == 1:
        return line_words[0].ljust(width)
    gaps = len(line_words) - 1
    spaces = width - sum(map(len, line_words))
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line_words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + line_words[-1]

for width in (30, 45):
    print("+" + "-" * width + "+")
    lines = wrap(TEXT, width)
    for i, lw in enumerate(lines):
        body = justify(lw, width) if i < len(lines) - 1 else " ".join(lw).ljust(width)
        print(f"|{body}|")
    print("+" + "-" * width + "+")

sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",")]
print(len(sentences), sentences[-1], [s.split()[-1] for s in sentences][:5])
caps = [w for w in TEXT.split() if w[:1].isupper()]
print(caps, TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"), TEXT.rfind("age"))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "-".join(reversed("a.b.c".split("."))), "x".join("123"), "  padded\t".strip(), "CamelCaseString".swapcase())
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print(vowels, {v: TEXT.lower().count(v) for v in "aeiou"}, sorted(set(TEXT.lower()) - set("abcdefghijklmnopqrstuvwxyz")))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3), caesar("xyz", 29), "Hello".translate(str.maketrans("lo", "01")))
palins = [w for w in ["level", "Racecar", "python", "A man a plan a canal Panama"] if (c := "".join(ch.lower() for ch in w if ch.isalpha())) == c[::-1]]
print(palins)
table = [("word", "count", "share")] + [(w, str(n), f"{n / len(ws):.1%}") for w, n in top[:4]]
widths = [max(len(row[i]) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))
