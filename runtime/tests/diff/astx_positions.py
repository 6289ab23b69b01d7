"""ast: node positions (UTF-8 byte columns) on lines with non-ASCII text, source segments."""
import ast

SOURCE = '''\
# -*- coding: utf-8 -*-
café = "naïve résumé"; π = 3.14159
def grüße(name: str = "wörld") -> str:
    return f"Grüße, {name}! ✓ {len(name) * 2}"

@decorator("ü")
@other
class Größe(Base):
    """Dokumentation für Größe."""
    größe: int = 0
    def mäßig(self, *args, **kwargs):
        return [ä for ä in args if ä != "ß"] + {ö: 1 for ö in kwargs}

@decorated
async def fetch(url, *, timeout=3.0):
    async with session.get(url) as resp:
        return await resp.text()

result = grüße("Zoë") + "😀" * 3 + 'x'
total = (1 +
         2 +
         3)
items = ["α", "β",
         "γ"]
call(a, b=1, *c, **d)
lambda_val = lambda x, /, y=2: x + y
'''

tree = ast.parse(SOURCE)
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        seg = ast.get_source_segment(SOURCE, node)
        if seg is not None and len(seg) > 40:
            seg = seg[:37] + '...'
        print(f'{type(node).__name__:16} {node.lineno}:{node.col_offset}-'
              f'{node.end_lineno}:{node.end_col_offset} {seg!r}')
fn = tree.body[2]
print(ast.get_source_segment(SOURCE, fn, padded=True))
cls = tree.body[3]
print(repr(ast.get_source_segment(SOURCE, cls.body[2], padded=True)))
print(ast.get_docstring(cls), ast.get_docstring(fn), ast.get_docstring(tree))
for stmt in tree.body:
    print(type(stmt).__name__, stmt.lineno, stmt.col_offset, stmt.end_lineno, stmt.end_col_offset)
