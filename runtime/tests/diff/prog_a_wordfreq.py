"""Word-frequency report over an inline text, in the style of a quick analysis script."""
import re
import string
import textwrap
from collections import Counter

TEXT = """\
The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not react; the FOX, being quick, jumped again -- and again!
  Foxes are quick.   Dogs are lazy.  Is that fair?  Perhaps not.
"Quick" is relative, said the Owl; "lazy" is a judgement.
Straße and STRASSE compare equal when casefolded, but not when lowered.
Numbers like 42, 3.14 and 1,000 should be skipped by the word tokenizer.
"""

STOP = {"the", "a", "and", "is", "are", "not", "by", "be", "when", "but", "did", "that", "like"}


def tokenize(text):
    for raw in text.split():
        word = raw.strip(string.punctuation + "\u201c\u201d")
        if not word or not word.isalpha():
            continue
        yield word.casefold()


def report(counter, top=8):
    width = max(len(w) for w, _ in counter.most_common(top))
    total = sum(counter.values())
    print(f"{'word':<{width}} | {'n':>3} | {'share':>6}")
    print("-" * (width + 16))
    for word, n in counter.most_common(top):
        print(f"{word:<{width}} | {n:>3} | {n / total:>6.1%}")


words = list(tokenize(TEXT))
print("tokens:", len(words))
print("distinct:", len(set(words)))
counts = Counter(words)
report(counts)

content = Counter(w for w in words if w not in STOP)
print()
report(content, top=6)

print()
print("ties sorted by (-count, word):")
for w, n in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print(f"  {w!r:>12} -> {n}")

print()
lengths = Counter(len(w) for w in words)
for length in sorted(lengths, reverse=True):
    bar = "#" * lengths[length]
    print(f"{length:2d} {bar:<12}|{lengths[length]:03d}")

print()
print("lines:")
for i, line in enumerate(TEXT.splitlines(), 1):
    stripped = line.strip()
    print(f"{i:>2}: {len(line):3} chars, {len(stripped.split()):2} words, "
          f"upper={sum(c.isupper() for c in line)}, starts={stripped[:6]!r}")

print()
print("casefold vs lower:")
for w in ["Straße", "STRASSE", "ﬁne", "Σίσυφος"]:
    print(f"  {w:10} lower={w.lower()!r:12} casefold={w.casefold()!r:12} upper={w.upper()!r}")
print("  equal casefold:", "Straße".casefold() == "STRASSE".casefold())
print("  equal lower:", "Straße".lower() == "STRASSE".lower())

print()
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT.replace("\n", " ")) if s.strip()]
print("sentences:", len(sentences))
for s in sentences[:5]:
    print(" *", textwrap.shorten(s, width=40, placeholder=" [...]"))

print()
para = " ".join(TEXT.split())
print(textwrap.fill(para, width=50, initial_indent="> ", subsequent_indent="  "))
print()
wrapped = textwrap.wrap(para, width=30, break_long_words=False)
print(len(wrapped), [len(x) for x in wrapped])
print(textwrap.indent("a\n\nb\n c", "++ "))
print(repr(textwrap.dedent("    x = 1\n      y = 2\n    z = 3\n")))

print()
letters = Counter(c for c in TEXT.lower() if c.isalpha())
common = letters.most_common(5)
print("top letters:", ", ".join(f"{c}={n}" for c, n in common))
print("vowel share: {:.3f}".format(sum(letters[v] for v in "aeiou") / sum(letters.values())))
print("title:", "the lazy dog's day-out".title())
print("capitalize:", "hELLO wORLD".capitalize())
print("swapcase:", "Hello World".swapcase())
print("center:", "[" + "mid".center(11, "*") + "]")
print("ljust/rjust:", "[" + "ab".ljust(5, ".") + "|" + "cd".rjust(5, ".") + "]")
print("zfill:", "42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("partition:", "key=value=more".partition("="), "key=value=more".rpartition("="))
print("count/find:", TEXT.count("the"), TEXT.find("fox"), TEXT.rfind("lazy"), TEXT.find("zebra"))
print("translate:", "hello".translate(str.maketrans("el", "ip", "o")))
print("expandtabs:", repr("a\tbc\tdef\tg".expandtabs(4)))
print("splitlines keepends:", "x\ny\r\nz".splitlines(True))
print("rsplit:", "a,b,c,d".rsplit(",", 2), "a  b".split(" "))
print("removeprefix:", "unhappy".removeprefix("un"), "unhappy".removesuffix("py"))
print("isidentifier:", [s.isidentifier() for s in ["abc", "1a", "_x", "a-b"]])
print("istitle:", "Hello World".istitle(), "Hello world".istitle())
