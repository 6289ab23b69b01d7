# A tiny markdown-to-HTML converter.
import re
import html

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{html.escape(m.group(1))}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: f"<strong>{m.group(1)}</strong>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)\*"), lambda m: f"<em>{m.group(1)}</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"([^\"]*)\")?\)"),
     lambda m: f'<a href="{m.group(2)}"' + (f' title="{m.group(3)}"' if m.group(3) else "") + f">{m.group(1)}</a>"),
]


def inline(text):
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for p in parts:
        if p.startswith("`") and p.endswith("`") and len(p) > 1:
            out.append(INLINE[0][0].sub(INLINE[0][1], p))
            continue
        p = html.escape(p, quote=False)
        for rx, fn in INLINE[1:]:
            p = rx.sub(fn, p)
        out.append(p)
    return "".join(out)


def convert(md):
    lines = md.splitlines()
    html_out = []
    i = 0
    para = []

    def flush():
        if para:
            html_out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", line)
        if m:
            flush()
            lvl = len(m.group(1))
            html_out.append(f"<h{lvl}>{inline(m.group(2))}</h{lvl}>")
            i += 1
            continue
        if line.startswith("```"):
            flush()
            lang = line[3:].strip()
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(html.escape(lines[i]))
                i += 1
            i += 1
            cls = f' class="lang-{lang}"' if lang else ""
            html_out.append(f"<pre><code{cls}>" + "\n".join(body) + "</code></pre>")
            continue
        if re.match(r"^\s*([-*+]|\d+\.)\s+", line):
            flush()
            ordered = bool(re.match(r"^\s*\d+\.", line))
            tag = "ol" if ordered else "ul"
            items = []
            while i < len(lines) and re.match(r"^\s*([-*+]|\d+\.)\s+", lines[i]):
                items.append(re.sub(r"^\s*([-*+]|\d+\.)\s+", "", lines[i]))
                i += 1
            html_out.append(f"<{tag}>" + "".join(f"<li>{inline(it)}</li>" for it in items) + f"</{tag}>")
            continue
        if line.startswith(">"):
            flush()
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i][1:].lstrip())
                i += 1
            html_out.append("<blockquote>" + convert("\n".join(quote)) + "</blockquote>")
            continue
        if re.fullmatch(r"\s*(-{3,}|\*{3,})\s*", line):
            flush()
            html_out.append("<hr/>")
            i += 1
            continue
        para.append(line.strip())
        i += 1
    flush()
    return "\n".join(html_out)


doc = """# Title with *emphasis* #
Some **bold** text & a [link](http://x.org "X site") and `code <b>`.
Continues *here*.

## List
- one
- two with `x*y*z`
* three

1. first
2. second

> quoted **text**
> more

```python
def f(x):
    return x < 3 & 4
```
---
Final para with 5 * 3 * 2 stars and a [bare](/path).
"""
print(convert(doc))
print(html.escape('<a href="x">&</a>'), html.escape("'q'", quote=False), html.unescape("&lt;&amp;&gt;&quot;&#39;&#x41;&copy;"))
for s in ["**a** and **b**", "*a* *b*", "no markup", "`a` `b`"]:
    print(repr(inline(s)))
