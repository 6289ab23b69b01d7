# A tiny Markdown-ish to HTML converter driven by the re module: block
# parsing, inline rules applied with re.sub callbacks, a table of contents,
# link reference definitions, and a word/statistics pass.
import html
import re
from collections import Counter

DOC = """\
# Ember Notes
Intro with *emphasis*, **strong text**, `code <b>` and a [link][home].

## Install   steps
1. Download the *archive*
2. Run `make && make install`
3. Profit!

- item with https://example.org/path?q=1&r=2 auto-link
- item two, see [docs](http://docs.local/x "Docs")
  continued line

> Quoted text spans
> two lines with **bold**.

```
code block: *not* emphasis
  indent kept
```

## FAQ & Tips
Q: Why?  A: Because.
Dates like 2024-03-09 and 1999-12-31 get <time> tags.
Emails: ann@example.com, bob.smith@mail.co.

[home]: http://ember.local/ "Home"
"""

REF_RE = re.compile(r"^\[(?P<id>[^\]]+)\]:\s*(?P<url>\S+)(?:\s+\"(?P<title>[^\"]*)\")?\s*$", re.M)
HEAD_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*$")
OL_RE = re.compile(r"^(\d+)\.\s+(.*)")
UL_RE = re.compile(r"^[-*+]\s+(.*)")

INLINE = [
    (re.compile(r"`([^`]+)`"), None),  # handled separately (protect code)
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?!\*)"), r"<em>\1</em>"),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), lambda m: f'<time datetime="{m[0]}">{int(m[3])}/{int(m[2])}/{m[1]}</time>'),
]


def slug(text, seen):
    s = re.sub(r"[^\w\s-]", "", text.lower())
    s = re.sub(r"[\s_]+", "-", s).strip("-")
    n = seen.get(s, 0)
    seen[s] = n + 1
    return s if n == 0 else f"{s}-{n}"


def inline(text, refs):
    codes = []

    def stash(m):
        codes.append(html.escape(m.group(1)))
        return f"\x00{len(codes) - 1}\x00"

    text = re.sub(r"`([^`]+)`", stash, text)
    text = html.escape(text, quote=False)

    def link(m):
        label, url, title, ref = m.group("label", "url", "title", "ref")
        if ref is not None:
            if ref.lower() not in refs:
                return m.group(0)
            url, title = refs[ref.lower()]
        t = f' title="{title}"' if title else ""
        return f'<a href="{url}"{t}>{label}</a>'

    text = re.sub(r"\[(?P<label>[^\]]+)\](?:\((?P<url>[^)\s]+)(?:\s+&quot;(?P<title>.*?)&quot;|\s+\"(?P<t2>.*?)\")?\)|\[(?P<ref>[^\]]+)\])", link, text)
    text = re.sub(r"(?<![\"=])\b(https?://[^\s<,]+)", r'<a href="\1">\1</a>', text)
    text = re.sub(r"\b([\w.]+)@([\w-]+(?:\.[\w-]+)*\.\w+)\b", lambda m: f"<{m[1]} at {m[2]}>".replace("<", "&lt;").replace(">", "&gt;"), text)
    for rx, repl in INLINE[1:]:
        text = rx.sub(repl, text)
    return re.sub(r"\x00(\d+)\x00", lambda m: f"<code>{codes[int(m[1])]}</code>", text)


def convert(src):
    refs = {m["id"].lower(): (m["url"], m["title"]) for m in REF_RE.finditer(src)}
    src = REF_RE.sub("", src)
    out, toc, seen = [], [], {}
    lines = src.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("```"):
            j = lines.index("```", i + 1)
            out.append("<pre>" + html.escape("\n".join(lines[i + 1:j])) + "</pre>")
            i = j + 1
            continue
        if m := HEAD_RE.match(line):
            level, text = len(m["hashes"]), " ".join(m["text"].split())
            anchor = slug(text, seen)
            toc.append((level, text, anchor))
            out.append(f'<h{level} id="{anchor}">{inline(text, refs)}</h{level}>')
            i += 1
            continue
        for rx, tag in ((OL_RE, "ol"), (UL_RE, "ul")):
            if rx.match(line):
                items = []
                while i < len(lines) and lines[i].strip():
                    m = rx.match(lines[i])
                    if m:
                        items.append(m.groups()[-1])
                    else:
                        items[-1] += " " + lines[i].strip()
                    i += 1
                body = "".join(f"<li>{inline(t, refs)}</li>" for t in items)
                out.append(f"<{tag}>{body}</{tag}>")
                break
        else:
            block = []
            while i < len(lines) and lines[i].strip() and not HEAD_RE.match(lines[i]):
                block.append(lines[i])
                i += 1
            if all(b.startswith(">") for b in block):
                text = " ".join(b.lstrip("> ").strip() for b in block)
                out.append(f"<blockquote>{inline(text, refs)}</blockquote>")
            else:
                out.append(f"<p>{inline(' '.join(block), refs)}</p>")
    return out, toc, refs


body, toc, refs = convert(DOC)
for chunk in body:
    print(chunk)
print()
for level, text, anchor in toc:
    print(f"{'  ' * (level - 1)}- [{text}](#{anchor})")
print(refs)
words = re.findall(r"[a-z]+(?:'[a-z]+)?", DOC.lower())
print(len(words), Counter(words).most_common(4))
print(re.split(r"\s*[;,]\s*|\s+and\s+", "a, b ;c and d"), re.sub(r"(?m)^", "> ", "x\ny"))
print([m.groupdict() for m in re.finditer(r"(?P<k>\w+)=(?P<v>\"[^\"]*\"|\S+)", 'a=1 b="two words" c=x=y')])
pat = re.compile(r"(?P<year>\d{4})-(?P<mon>\d\d)")
m = pat.search("on 2024-03-09")
print(m.expand(r"\g<mon>/\g<year>"), m.start(), m.end(), pat.groups, sorted(pat.groupindex.items()))
print(re.sub(r"(?i)ember", lambda m: m[0].swapcase(), "Ember EMBER ember"), re.findall(r"(?s)<b>(.*?)</b>", "<b>a\nb</b><b>c</b>"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.sub(r"a|(b)", r"[\1]", "ab"))
