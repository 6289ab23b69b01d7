# runpy: scripts, directories and modules run in fresh namespaces, with init_globals,
# run names, sys.argv[0]/sys.modules swapped while they run, and the errors for what
# cannot run.
import os
import runpy
import sys
import tempfile

root = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


script = write("script.py", """
import sys
seen_name = __name__
argv0_is_me = sys.argv[0].endswith("script.py")
in_modules = sys.modules.get(__name__) is not None
total = BASE + 1 if "BASE" in dir() else -1
def helper():
    return seen_name
""")
write("app/__main__.py", "import sys\nwhere = __name__\nfirst = sys.path[0].endswith('app')\n")
write("tools/__init__.py", "")
write("tools/calc.py", "import sys\nanswer = 6 * 7\nname = __name__\npkg = __package__\n"
      "argv0 = sys.argv[0].endswith('calc.py')\nmine = sys.modules.get(__name__) is not None\n")
write("tools/__main__.py", "ran_main = True\npkg = __package__\n")
write("failing.py", "x = 1\nraise KeyError('inside')\n")
sys.path.insert(0, root)

argv0 = sys.argv[0]
ns = runpy.run_path(script)
print(ns["seen_name"], ns["argv0_is_me"], ns["in_modules"], ns["total"], ns["helper"]())
print(ns["__name__"], ns["__file__"] == script, ns["__package__"], ns["__spec__"])
ns = runpy.run_path(script, init_globals={"BASE": 10}, run_name="custom")
print(ns["seen_name"], ns["total"], "custom" in sys.modules, sys.argv[0] == argv0)

ns = runpy.run_path(os.path.join(root, "app"))
print(ns["where"], ns["first"], sys.path[0] == root)
try:
    runpy.run_path(os.path.join(root, "tools", "__init__.py") + "_missing")
except FileNotFoundError:
    print("missing script: FileNotFoundError")
try:
    runpy.run_path(os.path.join(root, "failing.py"))
except KeyError as e:
    print("error from script:", e)

ns = runpy.run_module("tools.calc")
print(ns["answer"], ns["name"], ns["pkg"], ns["argv0"], ns["mine"])
ns = runpy.run_module("tools.calc", run_name="__main__", alter_sys=True)
print(ns["name"], ns["argv0"], ns["mine"], sys.argv[0] == argv0)
ns = runpy.run_module("tools.calc", init_globals={"extra": 1}, run_name="other")
print(ns["name"], ns["extra"])
ns = runpy.run_module("tools")
print(ns["ran_main"], ns["pkg"], ns["__name__"])
for bad in ["no_such_mod_xyz", ".relative", "tools.__main__.deeper"]:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
