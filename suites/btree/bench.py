"""B-tree: an in-memory B-tree of minimum degree 8 (keys per node between
7 and 15) with the textbook single-pass insert (split full nodes on the
way down) and delete (borrow from or merge with a sibling on the way
down), plus point lookups and an in-order range scan."""

import random

import harness

DEGREE = 8
KEYS = 6000
SEED = 5


class Node(object):
    __slots__ = ("keys", "values", "children")

    def __init__(self, leaf):
        self.keys = []
        self.values = []
        self.children = None if leaf else []

    def is_leaf(self):
        return self.children is None


def bisect_left(keys, key):
    lo, hi = 0, len(keys)
    while lo < hi:
        mid = (lo + hi) // 2
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


class BTree(object):
    def __init__(self, t=DEGREE):
        self.t = t
        self.root = Node(True)
        self.size = 0

    # -- search
    def get(self, key, default=None):
        node = self.root
        while True:
            i = bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                return node.values[i]
            if node.is_leaf():
                return default
            node = node.children[i]

    # -- insert
    def insert(self, key, value):
        root = self.root
        if len(root.keys) == 2 * self.t - 1:
            new_root = Node(False)
            new_root.children.append(root)
            self._split(new_root, 0)
            self.root = new_root
        self._insert_nonfull(self.root, key, value)

    def _split(self, parent, i):
        t = self.t
        full = parent.children[i]
        right = Node(full.is_leaf())
        right.keys = full.keys[t:]
        right.values = full.values[t:]
        if not full.is_leaf():
            right.children = full.children[t:]
            full.children = full.children[:t]
        parent.keys.insert(i, full.keys[t - 1])
        parent.values.insert(i, full.values[t - 1])
        parent.children.insert(i + 1, right)
        full.keys = full.keys[:t - 1]
        full.values = full.values[:t - 1]

    def _insert_nonfull(self, node, key, value):
        while True:
            i = bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                node.values[i] = value
                return
            if node.is_leaf():
                node.keys.insert(i, key)
                node.values.insert(i, value)
                self.size += 1
                return
            if len(node.children[i].keys) == 2 * self.t - 1:
                self._split(node, i)
                if key == node.keys[i]:
                    node.values[i] = value
                    return
                if key > node.keys[i]:
                    i += 1
            node = node.children[i]

    # -- delete
    def delete(self, key):
        found = self._delete(self.root, key)
        root = self.root
        if not root.keys and not root.is_leaf():
            self.root = root.children[0]
        if found:
            self.size -= 1
        return found

    def _delete(self, node, key):
        t = self.t
        while True:
            i = bisect_left(node.keys, key)
            here = i < len(node.keys) and node.keys[i] == key
            if node.is_leaf():
                if here:
                    del node.keys[i]
                    del node.values[i]
                return here
            if here:
                left = node.children[i]
                right = node.children[i + 1]
                if len(left.keys) >= t:
                    k, v = self._max(left)
                    node.keys[i] = k
                    node.values[i] = v
                    node, key = left, k
                elif len(right.keys) >= t:
                    k, v = self._min(right)
                    node.keys[i] = k
                    node.values[i] = v
                    node, key = right, k
                else:
                    self._merge(node, i)
                    node = left
                continue
            child = node.children[i]
            if len(child.keys) == t - 1:
                child = self._fill(node, i)
            node = child

    def _max(self, node):
        while not node.is_leaf():
            node = node.children[-1]
        return node.keys[-1], node.values[-1]

    def _min(self, node):
        while not node.is_leaf():
            node = node.children[0]
        return node.keys[0], node.values[0]

    def _merge(self, node, i):
        """Merge child i+1 and separator i into child i."""
        left = node.children[i]
        right = node.children.pop(i + 1)
        left.keys.append(node.keys.pop(i))
        left.values.append(node.values.pop(i))
        left.keys.extend(right.keys)
        left.values.extend(right.values)
        if not left.is_leaf():
            left.children.extend(right.children)

    def _fill(self, node, i):
        """Make child i hold at least t keys; return the child to descend."""
        t = self.t
        child = node.children[i]
        if i > 0 and len(node.children[i - 1].keys) >= t:
            sib = node.children[i - 1]
            child.keys.insert(0, node.keys[i - 1])
            child.values.insert(0, node.values[i - 1])
            node.keys[i - 1] = sib.keys.pop()
            node.values[i - 1] = sib.values.pop()
            if not sib.is_leaf():
                child.children.insert(0, sib.children.pop())
            return child
        if i < len(node.children) - 1 and len(node.children[i + 1].keys) >= t:
            sib = node.children[i + 1]
            child.keys.append(node.keys[i])
            child.values.append(node.values[i])
            node.keys[i] = sib.keys.pop(0)
            node.values[i] = sib.values.pop(0)
            if not sib.is_leaf():
                child.children.append(sib.children.pop(0))
            return child
        if i < len(node.children) - 1:
            self._merge(node, i)
            return child
        self._merge(node, i - 1)
        return node.children[i - 1]

    # -- iteration
    def items(self, lo=None, hi=None):
        out = []
        self._collect(self.root, lo, hi, out)
        return out

    def _collect(self, node, lo, hi, out):
        keys = node.keys
        start = 0 if lo is None else bisect_left(keys, lo)
        for i in range(start, len(keys) + 1):
            if not node.is_leaf():
                self._collect(node.children[i], lo, hi, out)
            if i == len(keys):
                break
            k = keys[i]
            if hi is not None and k >= hi:
                return
            if lo is None or k >= lo:
                out.append((k, node.values[i]))

    def depth(self):
        d = 1
        node = self.root
        while not node.is_leaf():
            node = node.children[0]
            d += 1
        return d


def run_once():
    rng = random.Random(SEED)
    keys = list(range(KEYS * 4))
    rng.shuffle(keys)
    keys = keys[:KEYS]
    tree = BTree()
    for k in keys:
        tree.insert(k, k * 3)
    hits = 0
    for k in range(0, KEYS * 4, 3):
        if tree.get(k) is not None:
            hits += 1
    for k in keys[::2]:
        if not tree.delete(k):
            raise RuntimeError("lost key %d" % k)
    missing = sum(1 for k in keys[::2] if tree.get(k) is not None)
    scan = tree.items(KEYS, KEYS * 2)
    everything = tree.items()
    ordered = all(everything[i][0] < everything[i + 1][0]
                  for i in range(len(everything) - 1))
    return (tree.size, hits, missing, len(scan),
            sum(v for _, v in scan), ordered, tree.depth())


def expected():
    rng = random.Random(SEED)
    keys = list(range(KEYS * 4))
    rng.shuffle(keys)
    keys = keys[:KEYS]
    kept = set(keys[1::2])
    hits = sum(1 for k in range(0, KEYS * 4, 3) if k in set(keys))
    scan = [k for k in sorted(kept) if KEYS <= k < KEYS * 2]
    return (len(kept), hits, 0, len(scan), sum(3 * k for k in scan), True)


def check(result):
    harness.expect(result[:6], expected(), "tree summary")
    if not 2 <= result[6] <= 5:
        raise harness.CheckFailed("odd depth %r" % result[6])


if __name__ == "__main__":
    harness.main("btree", run_once, check=check)
