# input() reads through sys.stdin when a program replaces it (test harnesses, judges
# feeding a StringIO), and from the real stdin otherwise (here /dev/null: EOFError).
import io
import sys

try:
    input("nothing here? ")
except EOFError as e:
    print()
    print("real stdin:", type(e).__name__, e)

sys.stdin = io.StringIO("3\n10 20 30\nalpha beta\nlast line without newline")
n = int(input())
nums = list(map(int, input("numbers> ").split()))
print()
print(n, nums, sum(nums))
words = input().split()
print(words, repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)


class Feeder:
    """A stdin stand-in with only readline()."""

    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Feeder(["one\n", "two\r\n", "three"])
print([input() for _ in range(3)])


class Raw:
    def readline(self):
        return b"bytes line\n"


sys.stdin = Raw()
print(repr(input()))


class Bad:
    def readline(self):
        return 42


sys.stdin = Bad()
try:
    input()
except TypeError as e:
    print("TypeError", e)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)

sys.stdin = sys.__stdin__
sys.stdin.close()
try:
    input()
except ValueError as e:
    print("ValueError", e)
