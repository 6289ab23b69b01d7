# A tiny Markdown-to-HTML converter, written the way a user would.
import html
import re
from dataclasses import dataclass, field

INLINE_RULES = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: f"<strong>{m.group(1)}</strong>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), lambda m: f"<em>{m.group(1)}</em>"),
    (re.compile(r"~~(.+?)~~"), lambda m: f"<del>{m.group(1)}</del>"),
    (re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)"), lambda m: f'<img alt="{m.group(1)}" src="{m.group(2)}">'),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"([^\"]*)\")?\)"),
     lambda m: f'<a href="{m.group(2)}"' + (f' title="{m.group(3)}"' if m.group(3) else "") + f">{m.group(1)}</a>"),
]

def inline(text):
    text = html.escape(text, quote=False)
    # protect code spans from other rules
    stash = []
    def keep(m):
        stash.append(f"<code>{m.group(1)}</code>")
        return f"\x00{len(stash) - 1}\x00"
    text = re.sub(r"`([^`]+)`", keep, text)
    for rx, repl in INLINE_RULES[1:]:
        text = rx.sub(repl, text)
    return re.sub(r"\x00(\d+)\x00", lambda m: stash[int(m.group(1))], text)

@dataclass
class Block:
    kind: str
    lines: list = field(default_factory=list)
    level: int = 0

def blocks(src):
    cur = None
    in_code = False
    for raw in src.splitlines():
        line = raw.expandtabs(4)
        if line.startswith("```"):
            if in_code:
                yield cur
                cur, in_code = None, False
            else:
                if cur:
                    yield cur
                cur, in_code = Block("code", level=0), True
                cur.lang = line[3:].strip()
            continue
        if in_code:
            cur.lines.append(line)
            continue
        m = re.match(r"(#{1,6})\s+(.*?)\s*#*\s*$", line)
        kind = None
        if m:
            if cur:
                yield cur
            yield Block("h", [m.group(2)], len(m.group(1)))
            cur = None
            continue
        if not line.strip():
            if cur:
                yield cur
            cur = None
            continue
        if re.match(r"\s*[-*+]\s+", line):
            kind = "ul"
        elif re.match(r"\s*\d+[.)]\s+", line):
            kind = "ol"
        elif line.startswith(">"):
            kind = "quote"
        elif re.fullmatch(r"\s*([-*_])(\s*\1){2,}\s*", line):
            if cur:
                yield cur
            yield Block("hr")
            cur = None
            continue
        else:
            kind = "p" if cur is None or cur.kind in ("p",) else cur.kind
        if cur is None or cur.kind != kind:
            if cur:
                yield cur
            cur = Block(kind)
        cur.lines.append(line)
    if cur:
        yield cur

def render(src):
    out = []
    for b in blocks(src):
        if b.kind == "h":
            slug = re.sub(r"[^\w]+", "-", b.lines[0].casefold()).strip("-")
            out.append(f'<h{b.level} id="{slug}">{inline(b.lines[0])}</h{b.level}>')
        elif b.kind == "p":
            out.append("<p>" + inline(" ".join(l.strip() for l in b.lines)) + "</p>")
        elif b.kind in ("ul", "ol"):
            items = [re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", l) for l in b.lines]
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline(i)}</li>" for i in items) + f"</{b.kind}>")
        elif b.kind == "quote":
            inner = "\n".join(l[1:].lstrip() for l in b.lines)
            out.append("<blockquote>" + render(inner) + "</blockquote>")
        elif b.kind == "code":
            cls = f' class="language-{b.lang}"' if b.lang else ""
            out.append(f"<pre><code{cls}>" + html.escape("\n".join(b.lines)) + "</code></pre>")
        elif b.kind == "hr":
            out.append("<hr>")
    return "\n".join(out)

doc = """\
# Über *uns* & „Team“ ##

Wir sind ein **kleines** Team aus Zürich.
Unser Motto: *Qualität* statt ~~Quantität~~ — immer.

## Was wir tun

- Software für `naïve` Nutzer
- Beratung auf [unserer Seite](https://example.ch/über "Mehr Info")
* Bilder: ![Logo ✓](logo.png)

1. Erstens
2) Zweitens with a*b*c and 2 * 3 * 4

> Zitat: **fett** in einem
> Blockzitat über <zwei> Zeilen

---

```python
def grüß(name):
    return f"<Hallo {name}>"
```

Ende mit `code *nicht* kursiv` und 😀.
"""
result = render(doc)
print(result)
print(len(result), result.count("<"), sum(1 for c in result if ord(c) > 127))
for b in blocks(doc):
    print(b.kind, b.level, len(b.lines), repr(b.lines[:1]))
print(repr(Block("p", ["x"])), Block("p") == Block("p"))
