# print() with sep, end, file, flush, and multiple args.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="!\n")
print(1, 2.0, None, True, [1], (2,), {"k": 3}, sep="|")
print(*range(5))
print(*range(5), sep="-", end=".\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(sep="ignored")
print("", end="")
print("", "")
print(None)
print("multi\nline")
print("a", "b", sep=None, end=None)
print("tab\tsep", "x", sep="\t")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
sys.stderr.write("stderr write\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=5)
except TypeError as e:
    print("TypeError", e)
class S:
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
print(S(), [S()], str(S()), repr(S()))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 42, sep="_", file=w)
print("more", file=w, end="")
print(w.parts)
print("done", file=None)
for i in range(3):
    print(i, end=" ")
print()
print("é ü 日本 😀")
print(repr("é"), ascii("é"))
