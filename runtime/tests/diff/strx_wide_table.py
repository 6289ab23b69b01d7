import unicodedata

def display_width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w

def pad(s, width, align="<", fill=" "):
    gap = max(0, width - display_width(s))
    if align == "<":
        return s + fill * gap
    if align == ">":
        return fill * gap + s
    left = gap // 2
    return fill * left + s + fill * (gap - left)

rows = [
    ("東京", "Tokyo", 13960000),
    ("Zürich", "Zurich", 421878),
    ("서울", "Seoul", 9776000),
    ("Ｍｕｎｉｃｈ", "Munich", 1488202),
    ("São Paulo", "Sao Paulo", 12325000),
    ("Cafe\u0301 Town", "Cafe Town", 1234),
    ("ｶﾀｶﾅ市", "Katakana", 77),
]

# naive str.format uses code points, not display width
print("naive:")
for native, latin, pop in rows:
    print(f"|{native:<12}|{latin:^11}|{pop:>12,}|")
print("display-aware:")
w1 = max(display_width(r[0]) for r in rows)
for native, latin, pop in rows:
    print("|" + pad(native, w1) + "|" + pad(latin, 11, "^", ".") + "|" + pad(f"{pop:_}", 12, ">") + "|")

print("--- format spec variants")
for s in ["ä", "中", "😀", "e\u0301", "ﬁ"]:
    print(repr(f"{s:*^7}"), repr("{:>5}".format(s)), repr(format(s, "-<4")), len(s), display_width(s))
    print("  ", repr(s.center(6, "·")), repr(s.ljust(4, "—")), repr(s.rjust(3)), repr(s.zfill(4)))

print("--- precision truncation")
for s in ["日本語テキスト", "naïveté", "😀😁😂🤣"]:
    print(f"[{s:.3}] [{s:10.2}] [{s:>8.4}]", "{0:.{1}}".format(s, 5))

print("--- box drawing")
def boxed(lines):
    width = max(display_width(l) for l in lines)
    top = "┌" + "─" * (width + 2) + "┐"
    bottom = "└" + "─" * (width + 2) + "┘"
    body = ["│ " + pad(l, width) + " │" for l in lines]
    return "\n".join([top, *body, bottom])

print(boxed(["Hello", "こんにちは世界", "Grüß Gott", "¡Hola!"]))

print("--- truncate with ellipsis by display width")
def truncate(s, limit):
    if display_width(s) <= limit:
        return s
    out = ""
    for ch in s:
        if display_width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"

for s in ["短いテキスト", "a much longer english sentence", "混合mixed文字列text", "emoji😀😀😀"]:
    for lim in (5, 8, 12):
        t = truncate(s, lim)
        print(lim, repr(t), display_width(t))

print("--- widths summary")
from collections import Counter
sample = "Ａｂｃ abc ｱｲｳ アイウ 한국 ①②③ ★☆ αβγ ←→ ♠♣"
print(sorted(Counter(unicodedata.east_asian_width(c) for c in sample).items()))
print(sum(map(display_width, sample.split())), len(sample))
