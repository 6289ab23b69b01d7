import re
from collections import Counter, defaultdict
import textwrap
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope, it was
the winter of despair, we had everything before us, we had nothing before us, we were all
going direct to Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only.

There were a king with a large jaw and a queen with a plain face, on the throne of England;
there were a king with a large jaw and a queen with a fair face, on the throne of France.
In both countries it was clearer than crystal to the lords of the State preserves of loaves
and fishes, that things in general were settled for ever."""

words = re.findall(r"[a-z]+(?:'[a-z]+)?", TEXT.lower())
print("words:", len(words), "unique:", len(set(words)))
print("chars:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT), "lines:", len(TEXT.splitlines()))
paras = [p for p in re.split(r"\n\s*\n", TEXT) if p.strip()]
print("paragraphs:", len(paras))
sentences = [s.strip() for s in re.split(r"(?<=[.;!?])\s+", TEXT) if s.strip()]
print("sentences:", len(sentences))
for s in sentences:
    print("  ", textwrap.shorten(s, 60))

freq = Counter(words)
print("\ntop 15:")
for rank, (w, n) in enumerate(freq.most_common(15), 1):
    print(f"{rank:>3}. {w:<10} {n:>3} {n / len(words):6.2%} {'=' * n}")

STOP = set("the of it was a and in to we were with on for that its or".split())
content = Counter(w for w in words if w not in STOP)
print("\ncontent words:", content.most_common(8))

by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
print("\nby length:")
for n in sorted(by_len):
    ws = sorted(by_len[n])
    print(f"{n:>2}: {len(ws):>2} " + textwrap.shorten(" ".join(ws), 60, placeholder=" ..."))

bigrams = Counter(zip(words, words[1:]))
print("\nbigrams:", [(" ".join(b), n) for b, n in bigrams.most_common(6)])
trigrams = Counter(" ".join(t) for t in zip(words, words[1:], words[2:]))
print("trigrams:", trigrams.most_common(3))

letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
total = sum(letters.values())
print("\nletter histogram:")
for ch in string.ascii_lowercase:
    n = letters[ch]
    print(f"{ch} {n:>4} {n / total * 100:5.1f} {'#' * round(n / total * 200)}")

caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print("\ncapitalized:", sorted(set(caps)))
print("first letters:", "".join(w[0] for w in TEXT.split()[:20]))
print("longest:", max(words, key=len), "shortest:", min(words, key=len))
print("avg word length: %.3f" % (sum(map(len, words)) / len(words)))
print("palindromes:", sorted({w for w in words if len(w) > 1 and w == w[::-1]}))
vowels = Counter(w for w in words if re.fullmatch(r"[^aeiou]*[aeiou][^aeiou]*", w))
print("one-vowel words:", sorted(vowels)[:12])
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("Heaven"), TEXT.rfind("the"))
