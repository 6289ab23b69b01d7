import random
import string
import textwrap
from collections import Counter, defaultdict
from string import Template

rng = random.Random(4242)
WORDS = ("data pipeline report Analyst backend Café naïve résumé STRASSE straße "
         "queue Queue window stream merge-sort top-k heap bisect interval").split()
paras = []
for p in range(4):
    sent = []
    for s in range(rng.randint(3, 6)):
        ws = [rng.choice(WORDS) for _ in range(rng.randint(4, 11))]
        ws[0] = ws[0].capitalize()
        punct = rng.choice([".", "!", "?", "...", ";"])
        sent.append(" ".join(ws) + punct)
    paras.append(" ".join(sent))
TEXT = "\n\n".join(paras) + "\n\tIndented\ttabbed\tline\n"

print(textwrap.fill(paras[0], width=50, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.shorten(paras[1], width=60, placeholder=" [...]"))
print(textwrap.indent(textwrap.fill(paras[2], 40), "| ", lambda l: True))
print(textwrap.dedent("""\
      first
        second
      third"""))
w = textwrap.TextWrapper(width=30, break_long_words=True, max_lines=3, placeholder="~")
print(w.wrap("supercalifragilisticexpialidocious " * 3))
print(repr(TEXT.splitlines()[-1].expandtabs(8)), repr(TEXT.splitlines()[-1].expandtabs(3)))

strip_punct = str.maketrans("", "", string.punctuation.replace("-", ""))
tokens = TEXT.translate(strip_punct).split()
folded = Counter(t.casefold() for t in tokens)
plain = Counter(t.lower() for t in tokens)
print("casefold vs lower:", sorted(set(folded) ^ set(plain)))
print("top:", folded.most_common(6))
width = max(len(w) for w, _ in folded.most_common(10))
for word, n in folded.most_common(10):
    print(f"{word:>{width}} {n:3d} {'▇' * n}")

first = defaultdict(list)
for t in sorted(set(tokens), key=str.casefold):
    first[t[0].upper()].append(t)
for letter in sorted(first):
    print(letter.center(5, "."), ", ".join(first[letter]))

# sentence-ish stats
sentences = [s.strip() for s in TEXT.replace("...", ".").replace("!", ".").replace("?", ".").replace(";", ".").split(".") if s.strip()]
lens = [len(s.split()) for s in sentences]
print("sentences:", len(sentences), "avg words: %.2f" % (sum(lens) / len(lens)), "longest:", max(lens))

# templating
tmpl = Template("Dear $name,\nYour report ${rid} has $$${amount} due on $date.\n")
print(tmpl.substitute(name="Ana", rid="R-007", amount="1,250.00", date="2023-04-01"), end="")
print(tmpl.safe_substitute(name="Bob"), end="")
try:
    tmpl.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b").get_identifiers() if hasattr(Template, "get_identifiers") else None, Template("$x").is_valid())
fmt = string.Formatter()
print(list(fmt.parse("Hi {name!r:>10} and {0[1]} {{x}}")))
print("{name}: {v:.1f}".format_map({"name": "pi", "v": 3.14159}), string.capwords("  hello   wide world "))
print(string.ascii_letters[:5], string.digits, string.hexdigits, repr(string.whitespace), string.octdigits)

# table with mixed alignment
rows = [(w, len(w), w.count("a"), w.isupper(), w.encode("utf-8")) for w in sorted(set(WORDS), key=len)[:8]]
print("+" + "-" * 14 + "+" + "-" * 6 + "+" + "-" * 4 + "+")
for w, n, a, up, enc in rows:
    print(f"|{w:^14}|{n:^6}|{a:>3} | {up!s:<5} {len(enc):02d} {enc!r}")
print("STRASSE".casefold() == "straße".casefold(), "ß".upper(), "ǰ".upper(), len("ﬃ".upper()))
print("résumé".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "Café".encode("ascii", "xmlcharrefreplace"),
      "Café".encode("ascii", "backslashreplace"), b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
for line in ["key = value = x", "noequals", "  spaced  =  v "]:
    k, sep, v = line.partition("=")
    print(repr(k.strip()), bool(sep), repr(v.strip()), line.rsplit("=", 1), line.rpartition("="))
print("v1.2.3-rc1".rsplit(".", 1), "a/b/c.tar.gz".rpartition("/")[2].split(".", 1), "007".lstrip("0") or "0", "x".zfill(-1))
