# A to-do list command-line tool driven by scripted invocations: getopt for
# option parsing, shlex for splitting command lines, atexit for the final
# summary, and a small command registry built with decorators.
import atexit
import getopt
import shlex
import sys
from dataclasses import dataclass, field
from datetime import date

TODAY = date(2024, 5, 1)


@dataclass
class Task:
    ident: int
    title: str
    priority: int = 2
    due: date = None
    tags: set = field(default_factory=set)
    done: bool = False

    def line(self):
        mark = "x" if self.done else " "
        due = f" due {self.due:%b %d}" if self.due else ""
        late = " LATE" if self.due and not self.done and self.due < TODAY else ""
        tags = " " + " ".join(f"#{t}" for t in sorted(self.tags)) if self.tags else ""
        return f"[{mark}] {self.ident:>2} p{self.priority} {self.title}{due}{late}{tags}"


class UsageError(Exception):
    pass


COMMANDS = {}
STATS = {"ok": 0, "failed": 0}
tasks = {}
next_id = 1


def command(name, short="", long=()):
    def deco(fn):
        COMMANDS[name] = (fn, short, list(long))
        return fn
    return deco


def parse_due(text):
    if text == "today":
        return TODAY
    try:
        y, m, d = map(int, text.split("-"))
        return date(y, m, d)
    except ValueError as e:
        raise UsageError(f"bad date {text!r}: {e}") from None


@command("add", "p:d:t:", ["priority=", "due=", "tag="])
def cmd_add(opts, args):
    global next_id
    if not args:
        raise UsageError("add needs a title")
    t = Task(next_id, " ".join(args))
    for o, v in opts:
        if o in ("-p", "--priority"):
            if v not in ("1", "2", "3"):
                raise UsageError(f"priority must be 1-3, not {v!r}")
            t.priority = int(v)
        elif o in ("-d", "--due"):
            t.due = parse_due(v)
        elif o in ("-t", "--tag"):
            t.tags.update(v.split(","))
    tasks[t.ident] = t
    next_id += 1
    return f"added {t.ident}"


def pick(args):
    try:
        ids = [int(a) for a in args]
    except ValueError as e:
        raise UsageError(str(e)) from None
    missing = [i for i in ids if i not in tasks]
    if missing:
        raise UsageError(f"no such task(s): {missing}")
    return ids


@command("done")
def cmd_done(opts, args):
    ids = pick(args)
    for i in ids:
        tasks[i].done = True
    return f"completed {len(ids)}"


@command("rm", "f", ["force"])
def cmd_rm(opts, args):
    force = any(o in ("-f", "--force") for o, _ in opts)
    ids = pick(args)
    for i in ids:
        if not tasks[i].done and not force:
            raise UsageError(f"task {i} is not done (use --force)")
    for i in ids:
        del tasks[i]
    return f"removed {ids}"


@command("ls", "at:s:", ["all", "tag=", "sort="])
def cmd_ls(opts, args):
    show_all, tag, key = False, None, "priority"
    for o, v in opts:
        if o in ("-a", "--all"):
            show_all = True
        elif o in ("-t", "--tag"):
            tag = v
        elif o in ("-s", "--sort"):
            key = v
    keys = {"priority": lambda t: (t.priority, t.ident),
            "due": lambda t: (t.due is None, t.due or TODAY, t.ident),
            "title": lambda t: t.title.lower()}
    if key not in keys:
        raise UsageError(f"cannot sort by {key!r}; choose from {', '.join(sorted(keys))}")
    shown = [t for t in tasks.values() if (show_all or not t.done) and (tag is None or tag in t.tags)]
    return "\n".join(t.line() for t in sorted(shown, key=keys[key])) or "(nothing)"


def run(line):
    argv = shlex.split(line)
    name, rest = argv[0], argv[1:]
    try:
        if name not in COMMANDS:
            raise UsageError(f"unknown command {name!r}")
        fn, short, long = COMMANDS[name]
        opts, args = getopt.gnu_getopt(rest, short, long)
        out = fn(opts, args)
        STATS["ok"] += 1
    except (getopt.GetoptError, UsageError) as e:
        STATS["failed"] += 1
        out = f"{name}: error: {e}"
    print(f"$ todo {line}")
    print("  " + out.replace("\n", "\n  "))


def summary():
    open_tasks = [t for t in tasks.values() if not t.done]
    print(f"summary: {STATS['ok']} ok, {STATS['failed']} failed, {len(open_tasks)} open, "
          f"{len(tasks) - len(open_tasks)} done")


atexit.register(summary)
atexit.register(print, "(flushing state)", file=sys.stdout)

script = [
    'add "Write report" -p 1 --due 2024-05-03 -t work',
    "add Buy milk --tag=home,errand",
    "add -p3 'Call Bob about \"the thing\"' --due=2024-04-28",
    "add --prio 1 Fix bike -t home",
    "add -p 7 Impossible",
    "add --due 2024-02-30 Bad date",
    "add -x Unknown flag",
    "add --pri 2 Ambiguous? --due today",
    "ls",
    "ls --sort due",
    "ls -s title -t home",
    "ls --sort=colour",
    "done 2 4",
    "rm 1",
    "rm -f 1 2",
    "rm 99 3",
    "done two",
    "ls --all",
    "ls -a --tag",
    "sing",
    "add -- -p is a title now",
    "ls -as priority",
]
for line in script:
    run(line)
print(shlex.split("a 'b c' \"d \\\" e\" f\\ g # not a comment"), shlex.split("x # y", comments=True))
print(shlex.join(["rm", "-rf", "my dir", "it's"]), shlex.quote(""), shlex.quote("safe-word_1.txt"))
print(getopt.getopt(["-a", "x", "-b"], "ab"), getopt.gnu_getopt(["-a", "x", "-b"], "ab"))
print("main finished")
