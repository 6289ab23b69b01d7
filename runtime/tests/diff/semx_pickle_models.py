"""Snapshotting an in-memory task tracker with pickle and copy."""
import copy
import pickle
import functools
from collections import OrderedDict, defaultdict, namedtuple

Tag = namedtuple("Tag", "name color")


class Priority(int):
    names = {1: "low", 2: "normal", 3: "high"}

    def __new__(cls, level):
        if level not in cls.names:
            raise ValueError(f"bad priority {level}")
        return super().__new__(cls, level)

    def __repr__(self):
        return f"Priority({self.names[int(self)]})"


class Task:
    def __init__(self, title, priority=2, tags=()):
        self.title = title
        self.priority = Priority(priority)
        self.tags = list(tags)
        self.subtasks = []
        self.parent = None
        self._listeners = [print]  # not picklable by design choice below

    def add(self, sub):
        sub.parent = self
        self.subtasks.append(sub)
        return sub

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_listeners")
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._listeners = []

    def describe(self, depth=0):
        tags = ",".join(t.name for t in self.tags)
        line = f"{'  ' * depth}- {self.title} {self.priority!r} [{tags}]"
        return "\n".join([line] + [s.describe(depth + 1) for s in self.subtasks])


class Handle:
    __slots__ = ("kind", "ident", "__weakref__")

    def __init__(self, kind, ident):
        self.kind, self.ident = kind, ident

    def __repr__(self):
        return f"Handle({self.kind}:{self.ident})"

    def __eq__(self, other):
        return isinstance(other, Handle) and (self.kind, self.ident) == (other.kind, other.ident)

    def __hash__(self):
        return hash((self.kind, self.ident))


class Board:
    def __init__(self, name):
        self.name = name
        self.columns = OrderedDict((c, []) for c in ("todo", "doing", "done"))
        self.index = defaultdict(set)
        self.handles = {}

    def put(self, column, task):
        self.columns[column].append(task)
        for tag in task.tags:
            self.index[tag.name].add(task.title)
        h = Handle("task", len(self.handles))
        self.handles[h] = task.title
        return h

    def render(self):
        out = [f"Board {self.name}"]
        for col, tasks in self.columns.items():
            out.append(f" {col}: " + (", ".join(t.title for t in tasks) or "-"))
        return "\n".join(out)

    def title_of(self, handle):
        return self.handles[handle]

    def __deepcopy__(self, memo):
        print("  (Board.__deepcopy__)")
        clone = Board.__new__(Board)
        memo[id(self)] = clone
        for k, v in self.__dict__.items():
            setattr(clone, k, copy.deepcopy(v, memo))
        clone.name = self.name + " (copy)"
        return clone


urgent = Tag("urgent", "red")
backend = Tag("backend", "blue")
root = Task("release 1.0", 3, [urgent])
api = root.add(Task("api", 2, [backend]))
api.add(Task("auth", 3, [backend, urgent]))
root.add(Task("docs", 1))

board = Board("main")
h1 = board.put("todo", root)
h2 = board.put("doing", api)
board.put("done", root.subtasks[1])
print(board.render())
print(root.describe())

blob = pickle.dumps(board, protocol=pickle.HIGHEST_PROTOCOL)
restored = pickle.loads(blob)
print(restored.render())
r_root = restored.columns["todo"][0]
r_api = restored.columns["doing"][0]
print("shared identity kept:", r_api is r_root.subtasks[0], r_api.parent is r_root)
print("listeners:", r_root._listeners, "priority type:", type(r_root.priority).__name__, r_root.priority)
print("index:", sorted((k, sorted(v)) for k, v in restored.index.items()))
print("handle lookup:", restored.title_of(Handle("task", 1)), sorted(restored.handles, key=lambda h: h.ident))
print("tags equal:", r_root.tags == root.tags, type(r_root.tags[0]).__name__)

for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps([h1, Priority(3), urgent, {"k": (1, 2.5)}], protocol=proto)
    print(proto, pickle.loads(data))

dup = copy.deepcopy(board)
print(dup.name, "|", dup.render().splitlines()[1])
d_root = dup.columns["todo"][0]
print("deep: distinct", d_root is not root, "parent link", d_root.subtasks[0].parent is d_root,
      "listeners", d_root._listeners)
shallow = copy.copy(board)
print("shallow shares columns:", shallow.columns is board.columns, shallow.name)

bound = board.title_of
print("bound method round trip:", pickle.loads(pickle.dumps(bound))(Handle("task", 0)))
print("builtin method:", pickle.loads(pickle.dumps([1, 2].count))(2),
      pickle.loads(pickle.dumps(len))("abc"))
part = functools.partial(Priority, 1)
print("partial:", pickle.loads(pickle.dumps(part))())

for bad in (lambda: pickle.dumps(lambda: 0), lambda: Priority(9),
            lambda: pickle.loads(blob[:10]), lambda: copy.deepcopy(Task("x")).missing):
    try:
        bad()
    except Exception as e:
        print("error:", type(e).__name__, str(e).split(" at 0x")[0])
try:
    pickle.dumps(Handle("x", 1), protocol=1)
except TypeError as e:
    print("proto 1 slots:", e)
