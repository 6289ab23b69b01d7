"""todo: a JSON-backed todo list CLI driven through sys.argv, with atomic saves."""
import contextlib
import io
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass, field

USAGE = "usage: todo [add TEXT [--prio N] | done ID | rm ID | ls [--all] | import | stats]"


@dataclass
class Task:
    id: int
    text: str
    prio: int = 2
    done: bool = False
    tags: list = field(default_factory=list)


class Store:
    def __init__(self, path):
        self.path = path
        self.tasks = []
        self.next_id = 1

    def load(self):
        try:
            with open(self.path, encoding="utf-8") as fh:
                raw = json.load(fh)
        except FileNotFoundError:
            return self
        except json.JSONDecodeError as e:
            sys.exit(f"todo: corrupt store ({e.msg} at line {e.lineno} col {e.colno})")
        self.next_id = raw["next_id"]
        self.tasks = [Task(**t) for t in raw["tasks"]]
        return self

    def save(self):
        d = os.path.dirname(self.path) or "."
        fd, tmp = tempfile.mkstemp(prefix=".todo-", suffix=".tmp", dir=d)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"next_id": self.next_id, "tasks": [asdict(t) for t in self.tasks]},
                          fh, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            os.unlink(tmp)
            raise

    def find(self, ident):
        for t in self.tasks:
            if t.id == ident:
                return t
        raise SystemExit(f"todo: no task {ident}")


def parse_id(s):
    try:
        return int(s)
    except ValueError:
        print(f"todo: bad id {s!r}", file=sys.stderr)
        sys.exit(2)


def main():
    argv = sys.argv[1:]
    if not argv:
        print(USAGE, file=sys.stderr)
        return 2
    store = Store(os.environ.get("TODO_FILE", "todo.json")).load()
    cmd, rest = argv[0], argv[1:]
    if cmd == "add":
        prio = 2
        if "--prio" in rest:
            i = rest.index("--prio")
            prio = int(rest[i + 1])
            del rest[i:i + 2]
        words = [w for w in rest if not w.startswith("+")]
        tags = sorted(w[1:] for w in rest if w.startswith("+"))
        t = Task(store.next_id, " ".join(words), prio, tags=tags)
        store.next_id += 1
        store.tasks.append(t)
        store.save()
        print(f"added #{t.id}: {t.text}")
    elif cmd in ("done", "rm"):
        t = store.find(parse_id(rest[0]))
        if cmd == "done":
            t.done = True
        else:
            store.tasks.remove(t)
        store.save()
        print(f"{cmd} #{t.id}")
    elif cmd == "ls":
        shown = [t for t in store.tasks if "--all" in rest or not t.done]
        for t in sorted(shown, key=lambda t: (t.done, t.prio, t.id)):
            mark = "x" if t.done else " "
            tags = " ".join("+" + g for g in t.tags)
            print(f"[{mark}] #{t.id:<3} p{t.prio} {t.text} {tags}".rstrip())
        if not shown:
            print("(nothing to do)")
    elif cmd == "import":
        n = 0
        for line in sys.stdin:
            line = line.strip()
            if line and not line.startswith("#"):
                store.tasks.append(Task(store.next_id, line))
                store.next_id += 1
                n += 1
        store.save()
        print(f"imported {n}")
    elif cmd == "stats":
        done = sum(t.done for t in store.tasks)
        by_prio = {}
        for t in store.tasks:
            by_prio[t.prio] = by_prio.get(t.prio, 0) + 1
        print(json.dumps({"total": len(store.tasks), "done": done, "by_prio": by_prio}))
    else:
        print(f"todo: unknown command {cmd!r}\n{USAGE}", file=sys.stderr)
        return 2
    return 0


def invoke(*args, stdin=None):
    sys.argv = ["todo", *args]
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main()
            except SystemExit as e:
                if isinstance(e.code, str):
                    print(e.code, file=sys.stderr)
                    code = 1
                else:
                    code = e.code
    finally:
        sys.stdin = old_stdin
    print(f"$ {' '.join(sys.argv)} -> {code}")
    for line in out.getvalue().splitlines():
        print("   " + line)
    for line in err.getvalue().splitlines():
        print("  !" + line)


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.environ["TODO_FILE"] = os.path.join("data", "todo.json")
    os.mkdir("data")
    invoke()
    invoke("ls")
    invoke("add", "buy", "milk", "+home")
    invoke("add", "--prio", "1", "fix", "prod", "bug", "+work", "+urgent")
    invoke("add", "write", "report", "+work", "--prio", "3")
    invoke("ls")
    invoke("done", "2")
    invoke("done", "x2")
    invoke("rm", "9")
    invoke("import", stdin="# imported tasks\ncall mum\n\n  water plants  \n")
    invoke("ls", "--all")
    invoke("rm", "1")
    invoke("stats")
    invoke("frobnicate")
    print("files in data:", sorted(os.listdir("data")))
    with open(os.environ["TODO_FILE"]) as fh:
        saved = json.load(fh)
    print("saved next_id:", saved["next_id"], "ids:", [t["id"] for t in saved["tasks"]])
    with open(os.environ["TODO_FILE"], "w") as fh:
        fh.write('{"next_id": 3, "tasks": [\n  {"id": 1,}\n]}')
    invoke("ls")
    del os.environ["TODO_FILE"]
    os.chdir("/")

print("exit via sys.exit(None):", end=" ")
try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    sys.exit(3)
except SystemExit as e:
    print("sys.exit(3):", e.code, type(e).__mro__[1].__name__)
