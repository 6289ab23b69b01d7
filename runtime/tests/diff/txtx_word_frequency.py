# Word-frequency report over a small multilingual corpus.
import re
import unicodedata
from collections import Counter, defaultdict
from fractions import Fraction
from statistics import mean, median

CORPUS = {
    "de.txt": """Der Straßenbahnfahrer fuhr durch die STRASSE. Die Straße war naß;
der Fahrer — müde, aber glücklich — grüßte: „Guten Morgen!“ Morgen, morgen, nur nicht heute.""",
    "fr.txt": """L'élève a répondu : « C'est l'été ! » Élève, été, ÉTÉ... L'œuvre d'art coûte 1 000 €.
Aujourd'hui, l'hôtel est fermé ; demain, l'hôtel sera ouvert.""",
    "el.txt": "Ο ΟΔΥΣΣΕΥΣ και ο Οδυσσέας· ΟΔΟΣ, οδός, Οδός! Σοφός σοφός ΣΟΦΟΣ.",
    "mixed.txt": "naïve naive NAÏVE café cafe\u0301 CAFÉ ﬁle file FILE 東京 東京都 ١٢٣ 123 x² e-mail e‑mail re-use",
}

WORD = re.compile(r"[^\W\d_]+(?:['’\-‑][^\W\d_]+)*")
NUMBER = re.compile(r"\d+(?:[ .,]\d{3})*")

def normalize(word, fold=True):
    w = unicodedata.normalize("NFKC", word)
    return w.casefold() if fold else w

def strip_marks(word):
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")

totals = Counter()
folded_forms = defaultdict(set)
per_file = {}
for name, text in sorted(CORPUS.items()):
    words = WORD.findall(text)
    nums = NUMBER.findall(text)
    counts = Counter(normalize(w) for w in words)
    per_file[name] = counts
    totals.update(counts)
    for w in words:
        folded_forms[normalize(w)].add(w)
    lens = [len(w) for w in words]
    print(f"{name:10} words={len(words):3} unique={len(counts):3} nums={nums} "
          f"mean_len={mean(lens):.3f} median={median(lens)} longest={max(words, key=len)!r}")
    for w, c in counts.most_common(4):
        print(f"    {w!r:22} {c}")

print("== top overall (ties broken alphabetically)")
for w, c in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:12]:
    print(f"  {c:2} {w!r} forms={sorted(folded_forms[w])}")

print("== accent-insensitive groups")
groups = defaultdict(Counter)
for w, c in totals.items():
    groups[strip_marks(w)][w] += c
for base in sorted(groups):
    if len(groups[base]) > 1:
        print(" ", repr(base), dict(sorted(groups[base].items())))

print("== shares")
n = sum(totals.values())
for w in ["morgen", "élève", "οδός", "naïve", "file"]:
    share = Fraction(totals[w], n)
    print(f"  {w!r}: {totals[w]}/{n} = {share} ≈ {float(share):.2%}")

print("== counter arithmetic")
de, fr = per_file["de.txt"], per_file["fr.txt"]
print(sorted((de + fr).items())[:5])
print(sorted((de - Counter({"morgen": 2})).items())[:5])
print((de & Counter({"morgen": 1, "die": 5})), (Counter("straße") | Counter("strasse")))
print(Counter("Mississippi").most_common(), Counter("ééé").total(), sorted(Counter("abcab").elements()))

print("== by first letter")
by_letter = defaultdict(list)
for w in sorted(totals, key=lambda s: (strip_marks(s), s)):
    by_letter[strip_marks(w)[:1].upper()].append(w)
for letter in sorted(by_letter):
    print(f"  {letter}: {', '.join(by_letter[letter])}")

print("== sentences")
for name, text in sorted(CORPUS.items()):
    sentences = [s.strip() for s in re.split(r"(?<=[.!?;·…])\s+", text) if s.strip()]
    print(name, len(sentences), [s[:15] for s in sentences])
