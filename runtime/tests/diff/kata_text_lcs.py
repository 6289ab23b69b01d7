"""Text justification plus LCS and edit distance with printed DP tables."""
import textwrap

TEXT = """\
This is an example of text justification. The quick brown fox jumps over the lazy
dog, while an extraordinarily-long-hyphenated-word tries to spoil the layout. Short
words: a an I. Finally, the last line is left aligned."""


def justify(words, width):
    lines, cur, length = [], [], 0
    for w in words:
        if len(w) > width:
            raise ValueError(f"word {w!r} longer than width {width}")
        if cur and length + len(cur) + len(w) > width:
            lines.append(cur)
            cur, length = [], 0
        cur.append(w)
        length += len(w)
    if cur:
        lines.append(cur)
    out = []
    for i, line in enumerate(lines):
        if i == len(lines) - 1 or len(line) == 1:
            out.append(" ".join(line).ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(map(len, line))
        q, r = divmod(spaces, gaps)
        s = ""
        for j, w in enumerate(line[:-1]):
            s += w + " " * (q + (1 if j < r else 0))
        out.append(s + line[-1])
    return out


def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, ca in enumerate(a, 1):
        for j, cb in enumerate(b, 1):
            t[i][j] = t[i - 1][j - 1] + 1 if ca == cb else max(t[i - 1][j], t[i][j - 1])
    return t


def lcs_backtrack(t, a, b):
    i, j, out = len(a), len(b), []
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    table = [prev]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb)))
        table.append(row)
        prev = row
    return prev[-1], table


def edit_script(a, b, table):
    i, j, ops = len(a), len(b), []
    while i or j:
        if i and j and a[i - 1] == b[j - 1] and table[i][j] == table[i - 1][j - 1]:
            ops.append(f"  {a[i - 1]}"); i -= 1; j -= 1
        elif i and j and table[i][j] == table[i - 1][j - 1] + 1:
            ops.append(f"~ {a[i - 1]}->{b[j - 1]}"); i -= 1; j -= 1
        elif i and table[i][j] == table[i - 1][j] + 1:
            ops.append(f"- {a[i - 1]}"); i -= 1
        else:
            ops.append(f"+ {b[j - 1]}"); j -= 1
    return ops[::-1]


def print_table(a, b, t):
    w = max(2, len(str(max(map(max, t)))) + 1)
    print(" " * (w * 2) + "".join(f"{c:>{w}}" for c in b))
    for i, row in enumerate(t):
        label = a[i - 1] if i else ""
        print(f"{label:>{w}}" + "".join(f"{v:>{w}}" for v in row))


if __name__ == "__main__":
    words = TEXT.split()
    for width in (38, 44):
        print("=" * (width + 2))
        for line in justify(words, width):
            print(f"|{line}|")
    try:
        justify(words, 12)
    except ValueError as e:
        print("error:", e)
    print(textwrap.fill(TEXT, 40, initial_indent="> ", subsequent_indent=". "))
    print(textwrap.shorten(TEXT, 60, placeholder=" [...]"))
    print(textwrap.wrap("supercalifragilistic expialidocious", 8))
    print(textwrap.indent(textwrap.dedent("""\
        def f():
            return 1
        """), "+ ", lambda line: True))
    centred = [w.center(12, "*") for w in ("odd", "even", "x")]
    print(centred, "42".zfill(6), "-42".zfill(6), "a\tbb\tccc".expandtabs(4), "Title Case kata".swapcase())

    for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("kitten", "sitting")]:
        t = lcs_table(a, b)
        print(f"LCS({a}, {b}) = {lcs_backtrack(t, a, b)!r} length {t[-1][-1]}")
        print_table(a, b, t)
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
        d, table = edit_distance(a, b)
        print(f"edit({a!r}, {b!r}) = {d}")
        print("   " + " | ".join(edit_script(a, b, table)))
    _, table = edit_distance("sunday", "saturday")
    print_table("sunday", "saturday", table)
