import re
import textwrap
import html

DOC = """\
# Release Notes

Version **2.4.0** brings _many_ fixes. See [the docs](https://example.com/docs) for `details`.

## Features

- Faster **parser** (about 2x)
- New `--dry-run` flag
  - nested item ignored level
- Support for ~~old~~ new config

## Numbers

1. First step
2. Second step with a [link](http://a.b/c?d=1&e=2)
10. Tenth

> Quoted text that is long enough to need wrapping when rendered to a narrow terminal width of forty.

```
code block *not* formatted
    indented   stays
```

Trailing paragraph with <html> & "quotes" and an email: someone@example.org.
---
Last line.
"""

INLINE = [
    (re.compile(r"\*\*(?P<t>.+?)\*\*"), lambda m: m.group("t").upper()),
    (re.compile(r"(?<!\w)_(?P<t>.+?)_(?!\w)"), lambda m: "/" + m.group("t") + "/"),
    (re.compile(r"~~(?P<t>.+?)~~"), lambda m: "".join(c + "\u0336" for c in m.group("t"))),
    (re.compile(r"`(?P<t>[^`]+)`"), lambda m: "'" + m.group("t") + "'"),
    (re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)"), None),
]

links = []

def inline(text):
    for rx, fn in INLINE:
        if fn is None:
            def link(m):
                links.append(m.group("url"))
                return f"{m.group('text')}[{len(links)}]"
            text = rx.sub(link, text)
        else:
            text = rx.sub(fn, text)
    return text

def render(doc, width=40):
    out = []
    in_code = False
    para = []

    def flush():
        if para:
            out.extend(textwrap.wrap(inline(" ".join(para)), width))
            out.append("")
            para.clear()

    for raw in doc.splitlines():
        if raw.startswith("```"):
            flush()
            in_code = not in_code
            out.append("+" + "-" * (width - 2) + "+")
            continue
        if in_code:
            out.append("| " + raw.expandtabs(4).ljust(width - 4) + " |")
            continue
        if m := re.match(r"(#{1,6})\s+(.*)", raw):
            flush()
            level = len(m.group(1))
            title = inline(m.group(2))
            out.append(title.upper() if level == 1 else title)
            out.append(("=" if level == 1 else "-") * len(title))
            continue
        if m := re.match(r"(\s*)[-*]\s+(.*)", raw):
            flush()
            depth = len(m.group(1)) // 2
            out.append("  " * depth + "\u2022 " + inline(m.group(2)))
            continue
        if m := re.match(r"(\d+)\.\s+(.*)", raw):
            flush()
            out.append(f"{int(m.group(1)):>3}) {inline(m.group(2))}")
            continue
        if raw.startswith(">"):
            flush()
            body = raw.lstrip("> ")
            out.extend(textwrap.wrap(inline(body), width, initial_indent="  \u2502 ", subsequent_indent="  \u2502 "))
            continue
        if re.fullmatch(r"-{3,}", raw):
            flush()
            out.append("\u2500" * width)
            continue
        if not raw.strip():
            flush()
            continue
        para.append(raw.strip())
    flush()
    return out

for i, line in enumerate(render(DOC), 1):
    print(f"{i:02d} {line}")
print()
for n, url in enumerate(links, 1):
    print(f"[{n}] {url}")
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &quot;hi&quot; &#39;x&#39; &#x263A; &eacute; &copy; &nbsp;|"))
words = re.findall(r"[A-Za-z']+", DOC)
print(len(words), sorted({w.lower() for w in words if len(w) > 7}))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "the rain in spain"))
emails = re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+\w", DOC)
print(emails)
headings = [(len(h), t) for h, t in re.findall(r"^(#+)\s*(.+)$", DOC, flags=re.M)]
print(headings)
