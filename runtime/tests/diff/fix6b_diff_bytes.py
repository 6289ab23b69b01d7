# difflib.diff_bytes over unified_diff and context_diff.
import difflib
a = [b"one\n", b"two\n", b"caf\xe9\n", b"four\n"]
b = [b"one\n", b"TWO\n", b"caf\xe9\n", b"four\n", b"\xff\xfe five\n"]
for line in difflib.diff_bytes(difflib.unified_diff, a, b, b"old.txt", b"new.txt", b"d1", b"d2"):
    print(line)
print(list(difflib.diff_bytes(difflib.context_diff, a, b, fromfile=b"a", tofile=b"b", n=1)))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["str\n"], [b"x\n"]))
except TypeError as e:
    print("TypeError:", e)
print("diff_bytes" in difflib.__all__)
