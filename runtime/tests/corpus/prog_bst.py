# A binary search tree with insert, delete, search, traversal, rank queries and balance checks.
class BST:
    class Node:
        __slots__ = ("key", "val", "left", "right", "size")
        def __init__(self, key, val):
            self.key, self.val, self.left, self.right, self.size = key, val, None, None, 1
    def __init__(self):
        self.root = None
    @staticmethod
    def _size(n):
        return n.size if n else 0
    def put(self, key, val):
        def go(n):
            if n is None:
                return BST.Node(key, val)
            if key < n.key:
                n.left = go(n.left)
            elif key > n.key:
                n.right = go(n.right)
            else:
                n.val = val
            n.size = 1 + self._size(n.left) + self._size(n.right)
            return n
        self.root = go(self.root)
    def get(self, key):
        n = self.root
        while n:
            if key < n.key:
                n = n.left
            elif key > n.key:
                n = n.right
            else:
                return n.val
        raise KeyError(key)
    def delete(self, key):
        def min_node(n):
            while n.left:
                n = n.left
            return n
        def delete_min(n):
            if n.left is None:
                return n.right
            n.left = delete_min(n.left)
            n.size = 1 + self._size(n.left) + self._size(n.right)
            return n
        def go(n):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = go(n.left)
            elif key > n.key:
                n.right = go(n.right)
            else:
                if n.right is None:
                    return n.left
                if n.left is None:
                    return n.right
                t = n
                n = min_node(t.right)
                n.right = delete_min(t.right)
                n.left = t.left
            n.size = 1 + self._size(n.left) + self._size(n.right)
            return n
        self.root = go(self.root)
    def __len__(self):
        return self._size(self.root)
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def rank(self, key):
        r, n = 0, self.root
        while n:
            if key < n.key:
                n = n.left
            elif key > n.key:
                r += 1 + self._size(n.left)
                n = n.right
            else:
                return r + self._size(n.left)
        return r
    def select(self, k):
        n = self.root
        while n:
            ls = self._size(n.left)
            if k < ls:
                n = n.left
            elif k > ls:
                k -= ls + 1
                n = n.right
            else:
                return n.key
        raise IndexError("select out of range")
    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]
    def pretty(self):
        lines = []
        def go(n, prefix, is_left):
            if n is None:
                return
            go(n.right, prefix + ("│   " if is_left else "    "), False)
            lines.append(prefix + ("└── " if is_left else "┌── ") + str(n.key))
            go(n.left, prefix + ("    " if is_left else "│   "), True)
        go(self.root, "", True)
        return "\n".join(lines)
t = BST()
keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 25]
for k in keys:
    t.put(k, str(k) * 2)
print(list(t), len(t), t.height())
print(t.pretty())
print(t.get(45), t.rank(45), t.select(5), t.range(25, 62))
t.put(45, "updated")
print(t.get(45), len(t))
for k in [20, 50, 10, 999]:
    try:
        t.delete(k)
        print("deleted", k, list(t), len(t), t.height())
    except KeyError as e:
        print("KeyError", e)
try:
    t.get(50)
except KeyError as e:
    print("KeyError", e)
try:
    t.select(100)
except IndexError as e:
    print("IndexError", e)
skewed = BST()
for k in range(1, 30):
    skewed.put(k, k)
print("skewed height", skewed.height(), "size", len(skewed))
def build_balanced(keys):
    b = BST()
    def go(lo, hi):
        if lo > hi:
            return
        mid = (lo + hi) // 2
        b.put(keys[mid], None)
        go(lo, mid - 1)
        go(mid + 1, hi)
    go(0, len(keys) - 1)
    return b
bal = build_balanced(list(range(1, 30)))
print("balanced height", bal.height(), [bal.select(i) for i in (0, 14, 28)], bal.rank(15))
