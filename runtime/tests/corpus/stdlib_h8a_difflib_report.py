import difflib

old = """\
[server]
host = localhost
port = 8080
workers = 4
timeout = 30

[logging]
level = info
file = /var/log/app.log
""".splitlines(keepends=True)
new = """\
[server]
host = 0.0.0.0
port = 8080
workers = 8
timeout = 30
keepalive = yes

[logging]
level = debug
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/app.ini", tofile="b/app.ini")))
print("".join(difflib.unified_diff(old, new, "old", "new", n=1, lineterm="\n")))
print("".join(difflib.context_diff(old, new, fromfile="old", tofile="new", n=1)))
for line in difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "emu\n"]):
    print(repr(line))
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 2)))

sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:<8} a[{i1}:{i2}] {sm.a[i1:i2]!r:>28} b[{j1}:{j2}] {sm.b[j1:j2]!r}")
print(sm.get_matching_blocks())
print(sm.find_longest_match(0, len(sm.a), 0, len(sm.b)))

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox leaps over the lazy cat today".split()
s = difflib.SequenceMatcher(a=a, b=b)
for op in s.get_opcodes():
    print(op, a[op[1]:op[2]], b[op[3]:op[4]])
print(list(s.get_grouped_opcodes(1)))

words = ["apple", "apply", "ape", "maple", "appeal", "happy", "applet", "pineapple", "peach"]
for w in ["appel", "aple", "peech", "xyz", "pineaple"]:
    print(w, difflib.get_close_matches(w, words), difflib.get_close_matches(w, words, n=1, cutoff=0.8))
sm2 = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "a  b c  e")
print(sm2.ratio(), sm2.get_opcodes())
sm3 = difflib.SequenceMatcher(None, "abcd", "")
print(sm3.ratio(), sm3.get_opcodes(), difflib.SequenceMatcher(None, "", "").ratio())
d = difflib.Differ()
for line in d.compare(["hello world\n", "same\n"], ["hello wurld\n", "same\n", "added\n"]):
    print(repr(line))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"), difflib.IS_LINE_JUNK(" # \n"), difflib.IS_LINE_JUNK("code\n"))
