"""ast: NodeVisitor / NodeTransformer tools (call counter, constant folder), helpers, nodes."""
import ast
from collections import Counter

CODE = '''
import math
def area(r):
    return math.pi * r ** 2 + 0 * r

def report(shapes):
    total = sum(area(s) for s in shapes)
    print("total", total, round(total, 2))
    print(len(shapes), max(shapes, key=area))
    return {"n": 2 * 3 + 4, "label": "a" + "b", "neg": -(5 - 7), "big": 2 ** 70}

class Cache:
    """Keeps results."""
    def get(self, key):
        if key in self.data and not False:
            return self.data[key]
        return self.compute(key, 10 // 3, 7 % 4)
'''


class CallCounter(ast.NodeVisitor):
    def __init__(self):
        self.calls = Counter()
        self.defs = []

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Name):
            self.calls[func.id] += 1
        elif isinstance(func, ast.Attribute):
            self.calls['.' + func.attr] += 1
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.defs.append((node.name, [a.arg for a in node.args.args], node.lineno))
        self.generic_visit(node)


class Folder(ast.NodeTransformer):
    OPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
           ast.Mult: lambda a, b: a * b, ast.Pow: lambda a, b: a ** b,
           ast.FloorDiv: lambda a, b: a // b, ast.Mod: lambda a, b: a % b}

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            fold = self.OPS.get(type(node.op))
            if fold is not None:
                return ast.copy_location(ast.Constant(fold(node.left.value, node.right.value)), node)
        return node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
            return ast.copy_location(ast.Constant(-node.operand.value), node)
        if isinstance(node.op, ast.Not) and isinstance(node.operand, ast.Constant):
            return ast.copy_location(ast.Constant(not node.operand.value), node)
        return node


class DropPrints(ast.NodeTransformer):
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and getattr(node.value.func, 'id', '') == 'print':
            return None
        return node

    def visit_Return(self, node):
        log = ast.Expr(ast.Call(ast.Name('log', ast.Load()), [ast.Constant('ret')], []))
        return [log, node]


tree = ast.parse(CODE)
counter = CallCounter()
counter.visit(tree)
print(sorted(counter.calls.items()))
print(counter.defs)
folded = Folder().visit(tree)
print(ast.unparse(folded))
stripped = ast.fix_missing_locations(DropPrints().visit(folded))
print(ast.unparse(stripped))
print(Counter(type(n).__name__ for n in ast.walk(stripped)).most_common(8))
print(all(hasattr(n, 'lineno') for n in ast.walk(stripped) if isinstance(n, (ast.stmt, ast.expr))))
ast.increment_lineno(stripped, 100)
print([s.lineno for s in stripped.body], stripped.body[1].end_lineno)
func = stripped.body[1]
print(list(name for name, _ in ast.iter_fields(func)))
print([type(c).__name__ for c in ast.iter_child_nodes(func)])
print(ast.get_docstring(stripped.body[3]), ast.get_docstring(func))

# building trees by hand
n = ast.BinOp(left=ast.Name('x', ast.Load()), op=ast.Mult(), right=ast.Constant(3))
print(ast.dump(n), ast.unparse(n))
print(n._fields, ast.BinOp.__match_args__, ast.Name._attributes, ast.arguments._attributes)
print(ast.FunctionDef('f').returns, ast.Constant(1).kind, ast.Name().__dict__)
for bad in [lambda: ast.Name('a', ast.Load(), 3), lambda: ast.Name('a', id='b'), lambda: ast.Pass(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    ast.dump('x')
except TypeError as e:
    print(e)
print(isinstance(ast.Constant(3), ast.Num), isinstance(ast.Constant('s'), ast.Num), isinstance(ast.Constant('s'), ast.Str))
print(ast.Load() is not ast.Load(), type(ast.parse('a').body[0].value.ctx).__name__)
print(issubclass(ast.For, ast.stmt), issubclass(ast.Add, ast.operator), ast.expr_context.__doc__)
print(ast.Name.__doc__, '|', ast.arguments.__doc__)
print(ast.PyCF_ONLY_AST)
match ast.parse('f(1, y=2)').body[0].value:
    case ast.Call(ast.Name(fid), [ast.Constant(v)], [ast.keyword('y', ast.Constant(w))]):
        print('matched', fid, v, w)
pt = ast.parse('a.b.c = d[1]').body[0]
print(ast.dump(pt, annotate_fields=False))
print(ast.dump(pt, indent='\t'))
print(ast.dump(ast.parse('def f(a, /, b=1, *c, d, e=2, **f): pass'), indent=2, include_attributes=True))
