"""A scripted REPL session built on code.InteractiveConsole and codeop."""
import code
import codeop
import sys


class ScriptedConsole(code.InteractiveConsole):
    """Feeds canned lines and records everything the console would show."""

    def __init__(self, lines, **kw):
        super().__init__(**kw)
        self.pending = list(lines)
        self.transcript = []

    def raw_input(self, prompt=""):
        if not self.pending:
            raise EOFError
        line = self.pending.pop(0)
        self.transcript.append(f"{prompt}{line}")
        return line

    def write(self, data):
        for piece in data.rstrip("\n").split("\n"):
            self.transcript.append(f"! {piece}")


SESSION = [
    "x = 6 * 7",
    "x",
    "def fact(n):",
    "    if n <= 1:",
    "        return 1",
    "    return n * fact(n - 1)",
    "",
    "fact(10)",
    "items = [",
    "    'a',",
    "    'b',",
    "]",
    "items",
    "1 / 0",
    "x = )",
    "for i in range(3):",
    "    print('loop', i)",
    "",
    "class Point:",
    "    def __init__(self, x, y):",
    "        self.x, self.y = x, y",
    "    def __repr__(self):",
    "        return f'Point({self.x}, {self.y})'",
    "",
    "Point(1, 2)",
    "undefined_name + 1",
    "s = '''multi",
    "line'''",
    "s",
    "None",
    "'text'",
    "try:",
    "    int('z')",
    "except ValueError as e:",
    "    print('caught', e)",
    "",
    "@staticmethod",
    "def decorated(): pass",
    "",
    "_",
]

real_stdout = sys.stdout
console = ScriptedConsole(SESSION, locals={"__name__": "__console__"})
console.interact(banner="scripted session", exitmsg="bye")
for line in console.transcript:
    print(line)
print(sorted(k for k in console.locals if not k.startswith("__")))

print("--- compile_command")
cases = ["x = 1", "if x:", "if x:\n    pass", "if x:\n    pass\n", "(1,", "'''doc",
         "", "# only comment", "def f():\n    return 1\n", "x = )", "@dec", "print('hi')", "d = {1:"]
for src in cases:
    try:
        result = codeop.compile_command(src)
        shown = "incomplete" if result is None else type(result).__name__
    except SyntaxError as e:
        shown = f"{type(e).__name__}: {e.msg}"
    print(f"{src!r:32} -> {shown}")
for src in ["1 + 2", "(3,", "[x for x in"]:
    r = codeop.compile_command(src, "<expr>", "eval")
    print(f"eval {src!r:14} -> {'incomplete' if r is None else eval(r)}")

cc = codeop.CommandCompiler()
print(cc("y = 2") is not None, cc("while y:") is None)

interp = code.InteractiveInterpreter({"n": 5})
out = []
interp.write = out.append
print(interp.runsource("n * 3"), interp.runsource("for k in n:"), interp.runsource("n +* 2"))
print(interp.runsource("n.missing", "<calc>"))
print("".join(out).replace("\n", " | "))
