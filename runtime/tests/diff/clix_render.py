"""render: a site generator using string.Template with includes, loops and filters."""
import json
import os
import re
import string
import tempfile
from collections import ChainMap
from pathlib import Path


class PageTemplate(string.Template):
    """$name or ${name}; dotted lookups like ${site.title}; filters via ${name|upper}."""
    braceidpattern = r"[_a-z][_a-z0-9.]*(?:\|[a-z]+)*"
    flags = re.IGNORECASE


class AtTemplate(string.Template):
    delimiter = "@"
    idpattern = r"[a-z]+"


class StrictPattern(string.Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      \s*(?P<named>[a-z]+)\s*\}\} |
      \s*(?P<braced>[a-z]+)\s*\}\} |
      (?P<invalid>)
    )
    """


FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title,
           "strip": str.strip, "len": lambda s: str(len(s))}


class Context(dict):
    def __init__(self, data):
        super().__init__()
        self.data = data

    def __missing__(self, key):
        name, *filters = key.split("|")
        value = self.data
        for part in name.split("."):
            if isinstance(value, dict) and part in value:
                value = value[part]
            else:
                raise KeyError(key)
        text = str(value)
        for f in filters:
            text = FILTERS[f](text)
        return text


INCLUDE_RE = re.compile(r"^%include (\S+)$", re.M)
LOOP_RE = re.compile(r"^%for (\w+) in (\w+)\n(.*?)^%end\n", re.M | re.S)


def expand_includes(tpl_dir, name, depth=0):
    if depth > 3:
        raise RecursionError(f"include depth exceeded at {name}")
    text = (tpl_dir / name).read_text()
    return INCLUDE_RE.sub(lambda m: expand_includes(tpl_dir, m.group(1), depth + 1).rstrip("\n"), text)


def render(tpl_dir, name, data):
    text = expand_includes(tpl_dir, name)

    def loop(m):
        var, seq, body = m.groups()
        return "".join(PageTemplate(body).safe_substitute(Context(dict(data, **{var: item})))
                       for item in data[seq])
    text = LOOP_RE.sub(loop, text)
    return PageTemplate(text).substitute(Context(data))


with tempfile.TemporaryDirectory() as tmp:
    tpl = Path(tmp, "templates")
    tpl.mkdir()
    (tpl / "header.txt").write_text("== ${site.title|upper} ==\n(by $author, ${site.year})\n")
    (tpl / "footer.txt").write_text("-- $$${price} incl. tax --\n")
    (tpl / "page.txt").write_text(
        "%include header.txt\n"
        "Hello ${user.name|title}! You have ${count} new messages.\n"
        "%for item in items\n"
        "  * ${item.name|strip} x${item.qty} (${item.name|strip|len} chars)\n"
        "%end\n"
        "%include footer.txt\n")
    (tpl / "broken.txt").write_text("Value: ${missing.key}\n")
    (tpl / "loop_a.txt").write_text("%include loop_b.txt\n")
    (tpl / "loop_b.txt").write_text("%include loop_a.txt\n")
    data = {
        "site": {"title": "my notes", "year": 2024},
        "author": "ana",
        "user": {"name": "bo diddley"},
        "count": 3,
        "price": "9.99",
        "items": [{"name": " pens ", "qty": 10}, {"name": "paper", "qty": 2}],
    }
    (Path(tmp) / "data.json").write_text(json.dumps(data))
    loaded = json.loads((Path(tmp) / "data.json").read_text())
    print(render(tpl, "page.txt", loaded), end="")
    for bad in ("broken.txt", "loop_a.txt"):
        try:
            render(tpl, bad, loaded)
        except (KeyError, RecursionError) as e:
            print(f"{bad}: {type(e).__name__}: {e}")

    t = string.Template("$who likes $what; ${who}'s cost: $$5 $")
    print(t.safe_substitute(who="tim"))
    try:
        t.substitute(who="tim", what="kung pao")
    except ValueError as e:
        print("ValueError:", e)
    print(string.Template("$a$b ${c}d").substitute(ChainMap({"a": "1"}, {"b": "2", "c": "3"})))
    print(string.Template("$x").substitute({"x": "dict"}, x="kw wins"))
    print(AtTemplate("Dear @name, your order @@@id ships @when.").safe_substitute(name="Ann", id="42"))
    print(AtTemplate("@name").get_identifiers(), PageTemplate("${a.b|upper} $c ${d}").get_identifiers())
    print(StrictPattern("Hi {{ name }}, {{{{literal}}").substitute(name="Zed"))
    try:
        StrictPattern("bad {{ 9 }}").substitute(name="x")
    except ValueError as e:
        print("strict invalid:", e)
    print("is_valid:", string.Template("ok $x").is_valid(), string.Template("bad $").is_valid(),
          PageTemplate("${A.B|UPPER}").is_valid())
    print(repr(string.Template.delimiter), AtTemplate.delimiter, PageTemplate.pattern.flags & re.IGNORECASE != 0)
    out_dir = Path(tmp, "out")
    out_dir.mkdir()
    for who in ("ann", "bob"):
        (out_dir / f"{who}.txt").write_text(
            render(tpl, "page.txt", dict(loaded, user={"name": who}, count=len(who))))
    print(sorted(os.listdir(out_dir)), (out_dir / "bob.txt").read_text().splitlines()[2])
