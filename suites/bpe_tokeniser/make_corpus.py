"""Writes corpus.txt, the training text of the bpe_tokeniser benchmark:
deterministic prose-like text from an invented vocabulary (no copied
text).  Run once; the output is committed.

    /usr/bin/python3.11 suites/bpe_tokeniser/make_corpus.py
"""

import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

ONSETS = ["b", "br", "c", "ch", "d", "f", "g", "gr", "h", "k", "l", "m", "n",
          "p", "pr", "r", "s", "sh", "st", "t", "th", "tr", "v", "w", ""]
NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "ee", "io"]
CODAS = ["", "", "n", "r", "s", "t", "ng", "st", "nd", "l", "m", "ck"]
SUFFIXES = ["", "", "", "s", "ed", "ing", "er", "ly", "ness", "ment"]
FUNCTION = ["the", "a", "of", "and", "to", "in", "is", "that", "with", "as",
            "for", "on", "by", "it", "was", "from", "this", "at", "or", "but"]


def word(rng):
    parts = []
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        parts.append(rng.choice(ONSETS) + rng.choice(NUCLEI)
                     + rng.choice(CODAS))
    return "".join(parts)


def main(seed=99, size=40000):
    rng = random.Random(seed)
    stems = sorted(set(word(rng) for _ in range(900)))
    # a Zipf-like preference for a few common stems
    weights = [1.0 / (i + 1) for i in range(len(stems))]
    rng.shuffle(stems)
    paragraphs = []
    length = 0
    while length < size:
        sentences = []
        for _ in range(rng.randrange(2, 7)):
            n = rng.randrange(5, 18)
            words = []
            for k in range(n):
                if rng.random() < 0.35:
                    words.append(rng.choice(FUNCTION))
                else:
                    stem = rng.choices(stems, weights)[0]
                    words.append(stem + rng.choice(SUFFIXES))
            if rng.random() < 0.3:
                words.insert(rng.randrange(1, n), words.pop() + ",")
            words[0] = words[0].capitalize()
            sentences.append(" ".join(words) + rng.choice(".....?!"))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    with open(os.path.join(HERE, "corpus.txt"), "w") as f:
        f.write("\n\n".join(paragraphs) + "\n")


if __name__ == "__main__":
    main()
