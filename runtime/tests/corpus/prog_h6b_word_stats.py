import re
import string
from collections import Counter, defaultdict
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way - in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only. There were a king with a large jaw and a queen with a plain face,
on the throne of England; there were a king with a large jaw and a queen with a fair face,
on the throne of France."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
for w, n in freq.most_common(8):
    print(f"{w:>8} {n:3d} {'*' * n}")
stop = {"the", "of", "it", "was", "a", "we", "with", "on", "in", "and", "to", "for", "or"}
content = Counter(w for w in words if w not in stop)
print(content.most_common(5))
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
for n in sorted(by_len)[-3:]:
    print(n, by_len[n])
sentences = [s.strip() for s in re.split(r"(?<=[.;])\s+", TEXT) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(sorted(set(caps)))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
first = {}
for i, w in enumerate(words):
    first.setdefault(w[0], w)
print("".join(sorted(first)), first["w"], first["e"])
trans = str.maketrans("", "", string.punctuation)
clean = TEXT.translate(trans)
print(clean[:60])
print(textwrap.fill(" ".join(sorted(set(words)))[:300], 60))
vowels = Counter(c for c in TEXT.lower() if c in "aeiou")
print(sorted(vowels.items()), sum(vowels.values()))
pattern = re.compile(r"it was the (\w+) of (\w+)")
pairs = pattern.findall(TEXT)
print(pairs)
print(re.sub(r"\bit was\b", "'twas", TEXT.split("\n")[0], flags=re.I))
longest = max(words, key=lambda w: (len(w), w))
print(longest, words.index(longest))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, " ".join(w.capitalize() for w in "the quick brown fox".split()), "hello world".title())
counts = Counter()
for line in TEXT.splitlines():
    counts.update(line.lower().split())
print(counts["was"], counts["it"], (counts - freq).most_common(2))
