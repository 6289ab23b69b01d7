# A code-review helper: compare two revisions of a config/text file.
import difflib

old = """\
# Settings for the café app
name = Café Central
port = 8080
debug = false
greeting = Grüß Gott
timeout = 30
retries = 3
footer = © 2023
""".splitlines(keepends=True)

new = """\
# Settings for the café app
name = Café Zentral
port = 8081
greeting = Grüß Gott!
timeout = 30
retries = 5
log_level = info
footer = © 2024
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/settings.ini", tofile="b/settings.ini",
                                    fromfiledate="rev1", tofiledate="rev2", n=1)))
print("".join(difflib.context_diff(old, new, fromfile="old", tofile="new", n=2)))
print("".join(difflib.ndiff(old[:5], new[:5])))

nl = [l.rstrip("\n") for l in old]
nr = [l.rstrip("\n") for l in new]
for line in difflib.unified_diff(nl, nr, lineterm="", n=0):
    print(repr(line))

sm = difflib.SequenceMatcher(None, old, new)
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
for op in sm.get_opcodes():
    print(op)
for grp in sm.get_grouped_opcodes(1):
    print(grp)
print(sm.get_matching_blocks())

# character level with junk
pairs = [("naïve café", "naive cafe"), ("Straße", "Strasse"), ("東京都", "京都府"),
         ("kitten", "sitting"), ("", "abc"), ("abc", ""), ("  a b  c", "abc")]
for a, b in pairs:
    s = difflib.SequenceMatcher(lambda c: c == " ", a, b)
    print(repr(a), repr(b), round(s.ratio(), 4), s.get_opcodes())
    m = s.find_longest_match(0, len(a), 0, len(b))
    print("  longest", m, repr(a[m.a:m.a + m.size]))

# close matches with non-ascii words
vocab = ["München", "Münster", "Mannheim", "Muenchen", "Zürich", "Zurich", "Genève", "Geneva", "Köln", "Koeln"]
for q in ["Munchen", "Zurick", "Geneve", "Kolna", "xyz"]:
    print(q, difflib.get_close_matches(q, vocab), difflib.get_close_matches(q, vocab, n=1, cutoff=0.4))

# ndiff with intraline hints
a = ["The quick brown fox\n", "jumps over\n", "the lazy dog ñ\n"]
b = ["The quick brown cat\n", "jumps over\n", "the lazy dög ñ\n", "tail\n"]
diff = list(difflib.ndiff(a, b))
print("".join(diff))
print("".join(difflib.restore(diff, 1)))
print("".join(difflib.restore(diff, 2)))

# Differ with charjunk
d = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
print("".join(d.compare(["\tindent  x\n"], ["  indent x\n"])))
print(difflib.IS_LINE_JUNK("   #  \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK("\t"))

# diff_bytes
out = difflib.diff_bytes(difflib.unified_diff, [b"caf\xc3\xa9\n", b"b\n"], [b"cafe\n", b"b\n"], b"x", b"y")
for l in out:
    print(l)

