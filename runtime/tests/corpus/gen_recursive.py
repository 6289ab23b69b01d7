# Recursive generators: tree traversal, backtracking, combinatorics.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.value
        yield from inorder(n.right)
def preorder(n):
    if n:
        yield n.value
        yield from preorder(n.left)
        yield from preorder(n.right)
def postorder(n):
    if n:
        yield from postorder(n.left)
        yield from postorder(n.right)
        yield n.value
def levels(root):
    frontier = [root]
    while frontier:
        yield [n.value for n in frontier]
        frontier = [c for n in frontier for c in (n.left, n.right) if c]
def insert(root, v):
    if root is None:
        return Node(v)
    if v < root.value:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)
print(list(inorder(root)))
print(list(preorder(root)))
print(list(postorder(root)))
print(list(levels(root)))
def subsets(items):
    if not items:
        yield []
        return
    for rest in subsets(items[1:]):
        yield rest
        yield [items[0]] + rest
print(sorted(subsets([1, 2, 3])))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest
print(list(partitions(5)), sum(1 for _ in partitions(15)))
def queens(n, cols=()):
    if len(cols) == n:
        yield cols
        return
    row = len(cols)
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            yield from queens(n, cols + (c,))
sols = list(queens(6))
print(len(sols), sols[0], len(list(queens(7))))
def walk(tree, path=()):
    for key, val in sorted(tree.items()):
        if isinstance(val, dict):
            yield from walk(val, path + (key,))
        else:
            yield "/".join(path + (key,)), val
fs = {"etc": {"hosts": 12, "passwd": 40}, "usr": {"bin": {"python": 900, "ls": 80}, "lib": {}}, "readme": 3}
for p, size in walk(fs):
    print(p, size)
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
moves = list(hanoi(5))
print(len(moves), moves[:4], moves[-1])
def gray(n):
    if n == 0:
        yield ""
        return
    prev = list(gray(n - 1))
    for p in prev:
        yield "0" + p
    for p in reversed(prev):
        yield "1" + p
print(list(gray(3)))
