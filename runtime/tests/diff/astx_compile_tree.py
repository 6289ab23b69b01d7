"""ast with compile(): PyCF_ONLY_AST, and running a transformed tree (exec/eval of compiled trees)."""
import ast
tree = compile("x = [i * 2 for i in range(4)]\nprint(x)", "<demo>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body[1]))
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
new = ast.fix_missing_locations(Doubler().visit(tree))
ns = {}
exec(compile(new, "<demo>", "exec"), ns)
print(ns['x'])
expr = ast.parse("a * b + 1", mode="eval")
print(eval(compile(expr, "<e>", "eval"), {"a": 3, "b": 4}))
try:
    compile(expr, "<e>", "exec")
except TypeError as e:
    print("TypeError", e)
print(compile("1 +", "<x>", "eval", ast.PyCF_ONLY_AST) if False else "skip")
print(type(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST)).__name__)
