import unicodedata

def width(s):
    total = 0
    for ch in s:
        if unicodedata.combining(ch) or ch in "\u200b\u200d":
            continue
        total += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return total

def split_words(text):
    words, cur = [], []
    for ch in text:
        if ch.isspace() and ch not in "\u00a0\u202f":
            if cur:
                words.append("".join(cur))
                cur = []
        elif unicodedata.east_asian_width(ch) in "WF" and unicodedata.category(ch).startswith("L"):
            if cur:
                words.append("".join(cur))
                cur = []
            words.append(ch)
        else:
            cur.append(ch)
    if cur:
        words.append("".join(cur))
    return words

def wrap(words, limit):
    lines, line = [], []
    for w in words:
        candidate = line + [w]
        if line and width(" ".join(candidate)) > limit:
            lines.append(line)
            line = [w]
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines

def justify(line, limit):
    if len(line) == 1:
        return line[0] + " " * (limit - width(line[0]))
    gaps = len(line) - 1
    spare = limit - sum(width(w) for w in line)
    base, extra = divmod(spare, gaps)
    out = []
    for i, w in enumerate(line[:-1]):
        out.append(w + " " * (base + (1 if i < extra else 0)))
    out.append(line[-1])
    return "".join(out)

text = ("Ünïcödé-aware justification is trickier than it looks: «guillemets», naïve café "
        "owners, 東京と大阪の天気, ﬁnal ligatures, e\u0301 combining accents, and a\u00a0non-breaking "
        "space all take part. Zero\u200bwidth spaces hide; ＦＵＬＬＷＩＤＴＨ letters count double.")

words = split_words(text)
print(len(words), words[:12])
for limit in (24, 36):
    print(f"--- width {limit}")
    lines = wrap(words, limit)
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        rendered = " ".join(line) if last else justify(line, limit)
        print("|" + rendered + " " * (limit - width(rendered)) + "|", width(rendered), len(rendered))

print("--- columns")
table = [
    ("名前", "Name", "Größe"),
    ("東京タワー", "Tokyo Tower", "333 m"),
    ("Eiffelturm", "Eiffel Tower", "330 m"),
    ("Ｂｉｇ Ｂｅｎ", "Big Ben", "96 m"),
    ("Пизанская башня", "Leaning Tower", "56.67 m"),
]
widths = [max(width(row[i]) for row in table) for i in range(3)]
def cell(s, w, right=False):
    pad = " " * (w - width(s))
    return pad + s if right else s + pad
for n, row in enumerate(table):
    print(" │ ".join(cell(c, w, right=(i == 2)) for i, (c, w) in enumerate(zip(row, widths))))
    if n == 0:
        print("─┼─".join("─" * w for w in widths))

print("--- centered titles")
for title in ["Résumé", "履歴書", "ｒéｓｕｍé", "Ⓡⓔⓢⓤⓜⓔ"]:
    w = width(title)
    left = (20 - w) // 2
    print("[" + " " * left + title + " " * (20 - w - left) + "]", f"[{title:^20}]", w)

print("--- f-string debugging with non-ASCII names")
größe = 1.85
név = "Zoë"
ключ = {"ä": [1, 2]}
print(f"{größe=}", f"{név=!s}", f"{ключ=}", f"{név!a:>10}", f"{größe:_>9.3f}")
print("%(név)s is %(größe).1f m" % {"név": név, "größe": größe})
print("{0[ä][1]} {name:*<6}".format(ключ, name=név))
