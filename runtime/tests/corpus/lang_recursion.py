# Recursion: classic functions, mutual recursion, deep recursion caught.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(25))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(20)])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(4, "A", "B", "C", [])
print(len(m), m[:5])
def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out
print(permutations("abc"), len(permutations("abcde")))
def flatten(x):
    if isinstance(x, list):
        r = []
        for i in x:
            r.extend(flatten(i))
        return r
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError", e)
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(old)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3])))
def binary_search(arr, x, lo=0, hi=None):
    if hi is None:
        hi = len(arr)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == x:
        return mid
    if arr[mid] < x:
        return binary_search(arr, x, mid + 1, hi)
    return binary_search(arr, x, lo, mid)
arr = list(range(0, 100, 3))
print([binary_search(arr, v) for v in (0, 3, 50, 51, 99, 100)])
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
    def height(self):
        return 1 + max((k.height() for k in self.kids), default=0)
tree = Node(1, [Node(2, [Node(4), Node(5, [Node(8)])]), Node(3, [Node(6), Node(7)])])
print(tree.total(), tree.height())
# recursion error from __repr__ of self-containing user structure
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError:
    print("RecursionError in __repr__")
