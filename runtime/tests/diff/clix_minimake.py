"""mini-make: parse a Makefile-like spec, topologically order targets, 'build' them."""
import graphlib
import os
import shlex
import string
import tempfile
from fnmatch import fnmatch
from pathlib import Path

MAKEFILE = """
# variables
CC = cc
CFLAGS = -O2 -Wall
OUT = build

all: $OUT/app docs
$OUT/app: $OUT/main.o $OUT/util.o
\t$CC -o $@ $^
$OUT/main.o: src/main.c src/util.h
\t$CC $CFLAGS -c src/main.c -o $@
$OUT/util.o: src/util.c src/util.h
\t$CC $CFLAGS -c src/util.c -o $@
docs: README.md
\techo "building docs for '$OUT'"
clean:
\trm -rf $OUT
"""


def parse(text):
    variables, rules, order = {}, {}, []
    current = None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("\t"):
            rules[current]["recipe"].append(raw[1:])
            continue
        if "=" in raw and ":" not in raw.split("=", 1)[0]:
            k, v = (s.strip() for s in raw.split("=", 1))
            variables[k] = v
            continue
        target, _, deps = raw.partition(":")
        target = string.Template(target.strip()).safe_substitute(variables)
        deps = [string.Template(d).safe_substitute(variables) for d in deps.split()]
        rules[target] = {"deps": deps, "recipe": []}
        order.append(target)
        current = target
    return variables, rules, order


def expand(cmd, variables, target, deps):
    tmpl = string.Template(cmd.replace("$@", "$__target").replace("$^", "$__deps"))
    return tmpl.substitute(variables, __target=target, __deps=" ".join(deps))


def build(root, goal, variables, rules, mtimes):
    ts = graphlib.TopologicalSorter()
    stack, seen = [goal], set()
    while stack:
        t = stack.pop()
        if t in seen:
            continue
        seen.add(t)
        deps = rules.get(t, {}).get("deps", [])
        ts.add(t, *deps)
        stack.extend(deps)
    ts.prepare()
    step = 0
    while ts.is_active():
        ready = sorted(ts.get_ready())
        print(f"  batch {step}: {ready}")
        for t in ready:
            if t not in rules:
                if not (root / t).exists():
                    raise FileNotFoundError(f"No rule to make target '{t}'")
            else:
                rule = rules[t]
                newest_dep = max((mtimes.get(d, 0) for d in rule["deps"]), default=0)
                if t in mtimes and mtimes[t] >= newest_dep and rule["deps"]:
                    print(f"    {t}: up to date")
                else:
                    for cmd in rule["recipe"]:
                        line = expand(cmd, variables, t, rule["deps"])
                        print(f"    $ {line}")
                        print(f"      argv={shlex.split(line)}")
                    mtimes[t] = max(newest_dep, 0) + 1
            ts.done(t)
        step += 1


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel in ["src/main.c", "src/util.c", "src/util.h", "README.md"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("// " + rel + "\n")
    variables, rules, order = parse(MAKEFILE)
    print("variables:", variables)
    print("targets:", order)
    print("static order of app:", list(graphlib.TopologicalSorter(
        {t: r["deps"] for t, r in rules.items() if fnmatch(t, "build/*")}).static_order()))
    mtimes = {"src/main.c": 5, "src/util.c": 5, "src/util.h": 5, "README.md": 1}
    print("first build:")
    build(root, "all", variables, rules, mtimes)
    print("second build (nothing changed):")
    build(root, "build/app", variables, rules, mtimes)
    print("touch src/util.c:")
    mtimes["src/util.c"] = 100
    build(root, "build/app", variables, rules, mtimes)
    rules["broken"] = {"deps": ["nothere.c"], "recipe": ["cc nothere.c"]}
    try:
        build(root, "broken", variables, rules, mtimes)
    except FileNotFoundError as e:
        print("error:", e)
    cyc = graphlib.TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
    try:
        cyc.prepare()
    except graphlib.CycleError as e:
        msg, cycle = e.args
        print("cycle:", msg, len(cycle), cycle[0] == cycle[-1])
    ts = graphlib.TopologicalSorter()
    ts.add("x")
    ts.prepare()
    try:
        ts.add("y")
    except ValueError as e:
        print("add after prepare:", e)
    try:
        ts.done("x")
    except ValueError as e:
        print("done before get_ready:", e)
    try:
        string.Template("$missing and $CC").substitute(variables)
    except KeyError as e:
        print("template KeyError:", e)
    try:
        string.Template("cost $5").substitute({})
    except ValueError as e:
        print("template ValueError:", e)
    print("safe:", string.Template("${CC}x $$literal $nope").safe_substitute(variables))
    t = string.Template("$a ${b} $$ $c_d")
    print("identifiers:", t.get_identifiers(), t.is_valid())

    class PctTemplate(string.Template):
        delimiter = "%"
        idpattern = r"[a-z]+"
    print("custom delim:", PctTemplate("100%% of %who at %{where}s").substitute(who="all", where="home"))
    print("shlex.join:", shlex.join(["echo", "it's", "a b", "$HOME", ""]))
    print("shlex.quote:", [shlex.quote(s) for s in ["plain", "has space", "", "a'b", "--flag=x"]])
    lex = shlex.shlex("cmd --opt='quoted val' # comment\nnext", posix=True)
    lex.whitespace_split = True
    print("shlex tokens:", list(lex))
    print("split comments:", shlex.split("a b # c d", comments=True), shlex.split('x "y z"\\ w'))
    try:
        shlex.split('echo "unterminated')
    except ValueError as e:
        print("shlex error:", e)
