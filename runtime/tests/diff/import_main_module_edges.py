import os, subprocess, sys, tempfile
with tempfile.TemporaryDirectory() as d:
    pkg = os.path.join(d, "tool")
    os.makedirs(os.path.join(pkg, "sub"))
    files = {
        "__init__.py": "",
        "helper.py": "X = 5\n",
        "cli.py": "print(__name__, repr(__package__))\nfrom . import helper\nfrom .sub import deep\nprint(helper.X, deep.Y)\n",
        "__main__.py": "print('main of', repr(__package__))\nfrom .helper import X\nprint(X)\n",
        "sub/__init__.py": "",
        "sub/deep.py": "from ..helper import X\nY = X * 2\n",
    }
    for name, text in files.items():
        with open(os.path.join(pkg, name), "w") as f:
            f.write(text)
    for args in (["-m", "tool.cli"], ["-m", "tool"], ["-m", "tool.sub.deep"]):
        r = subprocess.run([sys.executable, *args], cwd=d, capture_output=True, text=True)
        print(args, r.returncode, r.stdout.split("\n"))
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked import thing
except ImportError as e:
    print(type(e).__name__, e)
import types
sys.modules["pk"] = types.ModuleType("pk")
sys.modules["pk.sub"] = types.ModuleType("pk.sub")
from pk import sub
print(sub.__name__)
