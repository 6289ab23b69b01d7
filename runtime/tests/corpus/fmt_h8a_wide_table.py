import unicodedata

def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w

def pad(s, w, align="<"):
    gap = w - width(s)
    if align == ">":
        return " " * gap + s
    if align == "^":
        left = gap // 2
        return " " * left + s + " " * (gap - left)
    return s + " " * gap

ROWS = [
    ("東京", "Tokyo", 13960000, 2194.07),
    ("Zürich", "Zurich", 421878, 87.88),
    ("São Paulo", "Sao Paulo", 12330000, 1521.11),
    ("서울", "Seoul", 9776000, 605.2),
    ("Ḿoscow\u0301", "Moscow", 12506468, 2511.0),
    ("北京市", "Beijing", 21540000, 16410.54),
    ("Reykjavík", "Reykjavik", 131136, 273.0),
]
headers = ("City", "ASCII", "Population", "Area km²", "Density")
table = []
for city, ascii_name, pop, area in ROWS:
    table.append((city, ascii_name, f"{pop:,}", f"{area:,.1f}", f"{pop / area:,.0f}"))
widths = [max(width(r[i]) for r in table + [headers]) for i in range(len(headers))]
aligns = ["<", "<", ">", ">", ">"]

def border(l, m, r):
    return l + m.join("─" * (w + 2) for w in widths) + r

print(border("┌", "┬", "┐"))
print("│" + "│".join(" " + pad(h, w, "^") + " " for h, w in zip(headers, widths)) + "│")
print(border("├", "┼", "┤"))
for row in table:
    print("│" + "│".join(" " + pad(c, w, a) + " " for c, w, a in zip(row, widths, aligns)) + "│")
print(border("└", "┴", "┘"))

for city, *_ in ROWS:
    print(f"{city!r:<16} len={len(city):<3} width={width(city):<3} nfc={len(unicodedata.normalize('NFC', city))} ascii={city.encode('ascii', 'replace').decode()}")

print()
for s in ["abc", "日本語", "ｶﾀｶﾅ", "한국어", "e\u0301", "😀", "A\u20dd"]:
    print(f"[{pad(s, 10)}] [{pad(s, 10, '>')}] [{pad(s, 10, '^')}] [{s:^10}]", [unicodedata.east_asian_width(c) for c in s])

bars = [("alpha", 0.91), ("βeta", 0.42), ("γάμμα", 0.135), ("δ", 0.0), ("日本", 0.77)]
blocks = " ▏▎▍▌▋▊▉█"
for name, frac in bars:
    full, rem = divmod(round(frac * 40 * 8), 8)
    bar = "█" * full + (blocks[rem] if rem else "")
    print(f"{pad(name, 6)} {frac:6.1%} |{bar:<41}|")
print("".join(chr(0x2581 + int(v * 7)) for v in [0, 0.2, 0.5, 0.9, 1.0, 0.6, 0.3, 0.1]))
print(f"{'→':>3}{'←':<3}|{'✓':^5}|{'★' * 3:*^9}|")
