import re
from html import escape

class TemplateError(Exception):
    pass

TOKEN = re.compile(r"\{\{\s*(?P<expr>.*?)\s*\}\}|\{%\s*(?P<tag>.*?)\s*%\}|\{#.*?#\}", re.S)

def lookup(ctx, path):
    cur = ctx
    for part in path.split("."):
        if isinstance(cur, dict):
            if part not in cur:
                raise TemplateError(f"undefined: {path}")
            cur = cur[part]
        elif part.isdigit():
            cur = cur[int(part)]
        else:
            cur = getattr(cur, part)
    return cur

FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": len,
    "escape": escape,
    "money": lambda v: f"${v:,.2f}",
    "pad": lambda v, n: str(v).ljust(int(n)),
    "rpad": lambda v, n: str(v).rjust(int(n)),
    "default": lambda v, d: v if v else d,
    "join": lambda v, sep=", ": sep.join(map(str, v)),
    "first": lambda v: v[0],
    "sum": sum,
    "round": lambda v, n=0: round(v, int(n)),
}

def evaluate(expr, ctx):
    parts = [p.strip() for p in expr.split("|")]
    head = parts[0]
    if m := re.fullmatch(r'"([^"]*)"|\'([^\']*)\'', head):
        val = m.group(1) if m.group(1) is not None else m.group(2)
    elif re.fullmatch(r"-?\d+", head):
        val = int(head)
    else:
        val = lookup(ctx, head)
    for f in parts[1:]:
        name, _, arg = f.partition(":")
        args = [a.strip().strip('"') for a in arg.split(",")] if arg else []
        if name not in FILTERS:
            raise TemplateError(f"unknown filter {name!r}")
        val = FILTERS[name](val, *args)
    return val

def parse(src):
    pos = 0
    root = []
    stack = [("root", root)]
    for m in TOKEN.finditer(src):
        if m.start() > pos:
            stack[-1][1].append(("text", src[pos:m.start()]))
        pos = m.end()
        if m.group("expr") is not None:
            stack[-1][1].append(("expr", m.group("expr")))
        elif m.group("tag") is not None:
            words = m.group("tag").split()
            kw = words[0]
            if kw == "for":
                node = ("for", words[1], words[3], [])
                stack[-1][1].append(node)
                stack.append(("for", node[3]))
            elif kw == "if":
                node = ["if", " ".join(words[1:]), [], []]
                stack[-1][1].append(node)
                stack.append(("if", node[2]))
            elif kw == "else":
                kind, _ = stack.pop()
                if kind != "if":
                    raise TemplateError("else without if")
                node = stack[-1][1][-1]
                stack.append(("else", node[3]))
            elif kw in ("endfor", "endif"):
                kind, _ = stack.pop()
                if kw[3:] != kind and not (kw == "endif" and kind == "else"):
                    raise TemplateError(f"unexpected {kw} (open: {kind})")
            else:
                raise TemplateError(f"unknown tag {kw!r}")
    if len(stack) != 1:
        raise TemplateError(f"unclosed {stack[-1][0]}")
    root.append(("text", src[pos:]))
    return root

def truthy(cond, ctx):
    neg = cond.startswith("not ")
    if neg:
        cond = cond[4:]
    if m := re.fullmatch(r"(\S+)\s*(==|!=|>|<)\s*(\S+)", cond):
        a, op, b = evaluate(m.group(1), ctx), m.group(2), evaluate(m.group(3), ctx)
        r = {"==": a == b, "!=": a != b, ">": a > b, "<": a < b}[op]
    else:
        try:
            r = bool(evaluate(cond, ctx))
        except TemplateError:
            r = False
    return r != neg

def render(nodes, ctx, out):
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(node[1])
        elif kind == "expr":
            out.append(str(evaluate(node[1], ctx)))
        elif kind == "for":
            _, var, seq, body = node
            items = evaluate(seq, ctx)
            for i, item in enumerate(items):
                inner = dict(ctx)
                inner[var] = item
                inner["loop"] = {"index": i + 1, "first": i == 0, "last": i == len(items) - 1}
                render(body, inner, out)
        elif kind == "if":
            render(node[2] if truthy(node[1], ctx) else node[3], ctx, out)
    return out

def run(src, ctx):
    try:
        return "".join(render(parse(src), ctx, []))
    except TemplateError as e:
        return f"<TemplateError: {e}>"

ctx = {
    "user": {"name": "ada lovelace", "email": "ada@example.com", "tags": ["math", "poetry"], "admin": True},
    "orders": [
        {"id": 17, "item": "Analytical <Engine>", "qty": 1, "price": 12500.0},
        {"id": 18, "item": "Punch cards", "qty": 500, "price": 0.02},
        {"id": 21, "item": "Brass gears", "qty": 12, "price": 3.333},
    ],
    "totals": [12500.0, 10.0, 39.996],
    "empty": [],
    "note": "",
}

TPL = """Hello {{ user.name | title }} <{{ user.email }}>!
{# comment is dropped #}Tags: {{ user.tags | join: " / " }} ({{ user.tags | len }})
{% if user.admin %}[admin]{% else %}[user]{% endif %}
{% for o in orders %}{{ loop.index }}. #{{ o.id | rpad: 4 }} {{ o.item | escape | pad: 28 }} x{{ o.qty | rpad: 4 }} {{ o.price | money }}{% if loop.last %} <- last{% endif %}
{% endfor %}Total: {{ totals | sum | money }}
Note: {{ note | default: "(none)" }}
{% for x in empty %}never{% endfor %}{% if not empty %}no empties{% endif %}
{% if orders.0.qty == 1 %}single first order{% endif %}
{{ "literal" | upper }} {{ 42 }} {{ totals | first | round: 1 }}
"""
print(run(TPL, ctx))

for bad in ["{{ missing }}", "{% for x in orders %}x", "{% endif %}", "{{ user.name | shout }}", "{% while x %}", "{% else %}"]:
    print(repr(bad), "->", run(bad, ctx))

rows = run("{% for o in orders %}{{ o.item | upper }};{% endfor %}", ctx).rstrip(";").split(";")
print(rows)
print(run("{% for t in user.tags %}{% for o in orders %}{{ t }}:{{ o.id }} {% endfor %}{% endfor %}", ctx))

CASES = [
    ("{{ user.tags.1 | upper }}", ctx),
    ("{% for o in orders %}{% if o.qty > 10 %}{{ o.item }} {% endif %}{% endfor %}", ctx),
    ("{% for o in orders %}{% if o.qty < 10 %}<{{ o.id }}>{% else %}[{{ o.id }}]{% endif %}{% endfor %}", ctx),
    ("{{ totals | sum | round: 2 }}", ctx),
    ("{{ user.name | title | pad: 20 }}|", ctx),
    ("{{ note | default: 'n/a' }}", ctx),
    ("{% if note %}has note{% else %}no note{% endif %}", ctx),
    ("{% if missing %}x{% else %}missing is falsy{% endif %}", ctx),
    ("{% for t in user.tags %}{% if loop.first %}({% endif %}{{ t }}{% if loop.last %}){% else %}, {% endif %}{% endfor %}", ctx),
    ("{{ orders | len }} orders, first id {{ orders | first }}", ctx),
    ("a{# multi\nline comment #}b", ctx),
    ("{{ 'x' | rpad: 3 }}{{ \"y\" | pad: 3 }}|", ctx),
]
for tpl, c in CASES:
    print(f"{tpl[:60]!r:<64} -> {run(tpl, c)!r}")
for n in range(0, 6):
    items = [{"id": i, "item": f"thing{i}", "qty": i * 3, "price": i * 1.25} for i in range(n)]
    out = run("{% for o in orders %}{{ o.item }}={{ o.price | money }}{% if not loop.last %}; {% endif %}{% endfor %}", {"orders": items})
    print(n, repr(out))
