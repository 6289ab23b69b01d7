# A mini template engine: {{ expr | filter }} and {% for %}/{% if %} blocks compiled to Python source.
import html
import re
import textwrap
import unicodedata
from collections import ChainMap

TOKEN_RE = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.S)

FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "escape": html.escape,
    "length": len,
    "strip_accents": lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)),
    "slug": lambda s: re.sub(r"[\W_]+", "-", s.casefold()).strip("-"),
    "center": lambda s, w=20, f="·": s.center(int(w), f),
    "truncate": lambda s, n=10: s if len(s) <= int(n) else s[: int(n) - 1] + "…",
    "join": lambda xs, sep=", ": sep.join(map(str, xs)),
    "reverse": lambda s: s[::-1],
    "default": lambda v, d="": v if v else d,
    "money": lambda v, cur="€": f"{v:,.2f}\u00a0{cur}".replace(",", "X").replace(".", ",").replace("X", "."),
}

class TemplateError(Exception):
    pass

class Template:
    def __init__(self, source, name="<template>"):
        self.name = name
        self.code = self._compile(source)

    def _expr(self, text):
        parts = [p.strip() for p in text.split("|")]
        code = parts[0]
        for flt in parts[1:]:
            fname, _, args = flt.partition(":")
            fname = fname.strip()
            if fname not in FILTERS:
                raise TemplateError(f"unknown filter {fname!r} in {self.name}")
            argv = "".join(", " + a.strip() for a in args.split(",") if a.strip())
            code = f"_f[{fname!r}]({code}{argv})"
        return code

    def _compile(self, source):
        lines = ["def _render(_ctx, _f, _out):"]
        depth = 1
        stack = []
        for tok in TOKEN_RE.split(source):
            if not tok:
                continue
            ind = "    " * depth
            if tok.startswith("{{"):
                lines.append(f"{ind}_out.append(str({self._expr(tok[2:-2])}))")
            elif tok.startswith("{#"):
                continue
            elif tok.startswith("{%"):
                words = tok[2:-2].strip().split(None, 1)
                cmd = words[0]
                if cmd == "for":
                    var, _, seq = words[1].partition(" in ")
                    lines.append(f"{ind}for {var.strip()} in {self._expr(seq)}:")
                    stack.append("for"); depth += 1
                elif cmd == "if":
                    lines.append(f"{ind}if {self._expr(words[1])}:")
                    stack.append("if"); depth += 1
                elif cmd == "elif":
                    lines.append(f"{'    ' * (depth - 1)}elif {self._expr(words[1])}:")
                elif cmd == "else":
                    lines.append(f"{'    ' * (depth - 1)}else:")
                elif cmd in ("endfor", "endif"):
                    if not stack or stack.pop() != cmd[3:]:
                        raise TemplateError(f"unbalanced {cmd} in {self.name}")
                    depth -= 1
                else:
                    raise TemplateError(f"unknown tag {cmd!r}")
            else:
                lines.append(f"{ind}_out.append({tok!r})")
        if stack:
            raise TemplateError(f"unclosed {stack[-1]} in {self.name}")
        lines.append("    return _out")
        src = "\n".join(lines)
        self.source = src
        ns = {}
        exec(compile(src, self.name, "exec"), ns)
        return ns["_render"]

    def render(self, **ctx):
        scope = ChainMap(ctx, {"len": len, "enumerate": enumerate, "sorted": sorted})
        # expressions are evaluated via names bound in a generated wrapper
        out = []
        g = dict(scope)
        g["_f"] = FILTERS
        fn = type(self.code)(self.code.__code__, g)
        fn(scope, FILTERS, out)
        return "".join(out)

page = Template("""\
<h1>{{ title | escape | upper }}</h1>
{# a comment #}
<p>{{ intro | truncate: 24 }}</p>
<ul>
{% for i, item in enumerate(items) %}  <li id="{{ item['name'] | strip_accents | slug }}">{{ i + 1 }}. {{ item['name'] | escape }} — {{ item['price'] | money }}{% if item['price'] > 10 %} (teuer){% elif item['price'] == 0 %} (gratis){% else %} (günstig){% endif %}</li>
{% endfor %}</ul>
<footer>{{ tags | join: " · " }} / {{ missing | default: "n/a" }} / [{{ "Ende" | center: 12, "═" }}]</footer>
""", name="page.html")

items = [{"name": "Crème brûlée", "price": 7.5}, {"name": "Smørrebrød <XL>", "price": 1234.5},
         {"name": "Wasser", "price": 0}, {"name": "Ǆem & Ǉubav", "price": 10.0}]
print(page.render(title="Café & Bäckerei „Zoë“", intro="Willkommen in unserem gemütlichen Café!",
                  items=items, tags=["süß", "herzhaft", "日本"], missing=None))
print(textwrap.indent(page.source, "| ")[:600])

for bad in ["{% for x in y %}no end", "{% endif %}", "{{ x | nope }}", "{% while x %}", "{{ 1 +  }}"]:
    try:
        print(Template(bad, "bad.html").render(x=1, y=[]))
    except TemplateError as e:
        print("TemplateError:", e)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno)

t = Template("{% for w in words %}{{ w | reverse }}|{{ w | length }} {% endfor %}")
print(t.render(words=["añb", "日本語", "👍🏽", "e\u0301"]))
try:
    Template("{{ undefined_name }}").render()
except NameError as e:
    print("NameError:", e)
