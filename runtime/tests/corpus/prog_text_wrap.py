# Text wrapping and justification routines written by hand.
TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow. "
        "Supercalifragilisticexpialidocious is a rather long word that may not fit on a narrow line.")
def wrap(text, width):
    words = text.split()
    lines, cur = [], []
    length = 0
    for w in words:
        while len(w) > width:
            if cur:
                lines.append(" ".join(cur)); cur, length = [], 0
            lines.append(w[:width - 1] + "-")
            w = w[width - 1:]
        if cur and length + 1 + len(w) > width:
            lines.append(" ".join(cur))
            cur, length = [], 0
        cur.append(w)
        length += len(w) + (1 if length else 0)
    if cur:
        lines.append(" ".join(cur))
    return lines
def justify(lines, width):
    out = []
    for i, line in enumerate(lines):
        words = line.split()
        if i == len(lines) - 1 or len(words) == 1:
            out.append(line.ljust(width))
            continue
        gaps = len(words) - 1
        spaces = width - sum(len(w) for w in words)
        q, r = divmod(spaces, gaps)
        s = ""
        for j, w in enumerate(words[:-1]):
            s += w + " " * (q + (1 if j < r else 0))
        out.append(s + words[-1])
    return out
for width in (20, 32, 45):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for l in lines:
        print("|" + l.ljust(width) + "|")
    print(f"--- justified {width} ---")
    for l in justify(lines, width):
        print("|" + l + "|")
def center_block(lines, width):
    return [l.center(width) for l in lines]
for l in center_block(wrap("centered text block example with several words", 16), 24):
    print("[" + l + "]")
def indent(text, prefix):
    return "\n".join(prefix + line if line.strip() else line for line in text.splitlines())
print(indent("first\n\n  second\nthird", "> "))
def dedent(text):
    lines = text.splitlines()
    margins = [len(l) - len(l.lstrip()) for l in lines if l.strip()]
    m = min(margins) if margins else 0
    return "\n".join(l[m:] for l in lines)
print(dedent("    def f():\n        return 1\n\n    print(f())"))
def shorten(text, width, placeholder=" [...]"):
    words = text.split()
    out = ""
    for w in words:
        candidate = (out + " " + w).strip()
        if len(candidate) + len(placeholder) > width:
            return out + placeholder
        out = candidate
    return out
print(shorten(TEXT, 40), "|", shorten("short text", 40))
def columns(words, ncols, width):
    rows = -(-len(words) // ncols)
    for r in range(rows):
        print("".join(words[c * rows + r].ljust(width) for c in range(ncols) if c * rows + r < len(words)).rstrip())
columns(sorted(set(TEXT.lower().replace(",", "").replace(".", "").replace("!", "").replace(";", "").split())), 4, 16)
