"""Code metrics over embedded sources using ast.NodeVisitor / NodeTransformer."""
import ast
from collections import Counter
from dataclasses import dataclass, field


SOURCE_A = '''
import os, sys
from collections import defaultdict as dd, OrderedDict

GLOBAL = 10

def simple(a, b=2, *args, c, d=4, **kw):
    """Docstring here."""
    if a > b:
        return a
    elif a == b:
        for i in range(a):
            if i % 2 and i % 3:
                continue
        return None
    else:
        while b:
            b -= 1
    return b

class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    @property
    def label(self):
        return f"{self.name}:{self.sides}"
    @staticmethod
    def make(kind):
        try:
            return {"sq": Square}[kind]()
        except KeyError as exc:
            raise ValueError(kind) from exc
        finally:
            pass

class Square(Shape):
    sides = 4
    def area(self, s):
        return s ** 2 if s > 0 else 0

async def fetch(urls):
    async with session() as s:
        results = [await s.get(u) for u in urls if u]
    return results

lam = lambda x, y=1: x and y or not x
nums = {k: v for k, v in zip("abc", range(3))}
'''

SOURCE_B = '''
def outer(n):
    total = 0
    def inner(m):
        nonlocal total
        total += m
        return lambda: total
    for k in range(n):
        with open(k) as f, open(k + 1) as g:
            inner(k)
    match n:
        case 0 | 1:
            return "small"
        case [x, *rest]:
            return x
        case {"key": value}:
            return value
        case _:
            assert n, "nonzero"
    return total
'''


@dataclass
class FuncInfo:
    name: str
    lineno: int
    args: int
    complexity: int = 1
    returns: int = 0
    decorators: list = field(default_factory=list)
    nested: list = field(default_factory=list)


class Metrics(ast.NodeVisitor):
    BRANCHES = (ast.If, ast.For, ast.While, ast.AsyncFor, ast.IfExp,
                ast.ExceptHandler, ast.With, ast.AsyncWith, ast.Assert, ast.comprehension)

    def __init__(self):
        self.funcs = []
        self.stack = []
        self.imports = []
        self.classes = {}
        self.node_counts = Counter()
        self.names = Counter()

    def generic_visit(self, node):
        self.node_counts[type(node).__name__] += 1
        if self.stack and isinstance(node, self.BRANCHES):
            self.stack[-1].complexity += 1
        if self.stack and isinstance(node, ast.BoolOp):
            self.stack[-1].complexity += len(node.values) - 1
        if self.stack and isinstance(node, ast.match_case):
            self.stack[-1].complexity += 1
        super().generic_visit(node)

    def _func(self, node):
        a = node.args
        nargs = len(a.posonlyargs) + len(a.args) + len(a.kwonlyargs) + bool(a.vararg) + bool(a.kwarg)
        info = FuncInfo(node.name, node.lineno, nargs,
                        decorators=[ast.unparse(d) for d in node.decorator_list])
        if self.stack:
            self.stack[-1].nested.append(node.name)
        self.funcs.append(info)
        self.stack.append(info)
        self.generic_visit(node)
        self.stack.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = _func

    def visit_Return(self, node):
        if self.stack:
            self.stack[-1].returns += 1
        self.generic_visit(node)

    def visit_Import(self, node):
        self.imports += [a.name for a in node.names]
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        self.imports += [f"{node.module}.{a.name}" + (f" as {a.asname}" if a.asname else "") for a in node.names]
        self.generic_visit(node)

    def visit_ClassDef(self, node):
        methods = [n.name for n in node.body if isinstance(n, ast.FunctionDef)]
        bases = [ast.unparse(b) for b in node.bases]
        self.classes[node.name] = (bases, methods)
        self.generic_visit(node)

    def visit_Name(self, node):
        self.names[(node.id, type(node.ctx).__name__)] += 1
        self.generic_visit(node)


class ConstFolder(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            try:
                value = eval(compile(ast.Expression(node), "<fold>", "eval"))
            except Exception as e:
                return node
            return ast.copy_location(ast.Constant(value), node)
        return node


def report(label, src):
    tree = ast.parse(src)
    m = Metrics()
    m.visit(tree)
    print(f"== {label}: {len(src.splitlines())} lines, {sum(m.node_counts.values())} nodes")
    for f in m.funcs:
        print(f"  {f.name:<10} line {f.lineno:>2} args={f.args} cc={f.complexity} returns={f.returns}"
              f" deco={f.decorators} nested={f.nested}")
    print("  imports:", m.imports)
    for name, (bases, methods) in m.classes.items():
        print(f"  class {name}({', '.join(bases)}): {methods}")
    print("  top nodes:", sorted(m.node_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
    print("  stores:", sorted(n for (n, ctx), c in m.names.items() if ctx == "Store"))
    doc = [ast.get_docstring(n) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    print("  docstrings:", [d for d in doc if d])


report("A", SOURCE_A)
report("B", SOURCE_B)

expr = ast.parse("x = (2 + 3) * 4 - y / (10 - 2 * 5) + 'a' * 3", mode="exec")
folded = ast.fix_missing_locations(ConstFolder().visit(expr))
print(ast.unparse(folded))
print(ast.dump(ast.parse("f(a, *b, k=1)", mode="eval").body))
print(ast.dump(ast.parse("a[1:2, ::3]").body[0].value, annotate_fields=False))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4+2j, 'c': {True, False}}"))
for bad in ["1 +", "def f(:", "x = [1, 2"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print("SyntaxError:", type(e).__name__, e.lineno)
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError:", str(e).split(":")[0])
node = ast.parse("lambda a, /, b, *, c: a").body[0].value
print([a.arg for a in node.args.posonlyargs], [a.arg for a in node.args.args], [a.arg for a in node.args.kwonlyargs])
print(ast.unparse(ast.parse("if a:\n    pass\nelif b:\n    x = 1\nelse:\n    del y")))
