"""BPE tokeniser: train a byte-pair-encoding vocabulary on corpus.txt
(invented prose made by make_corpus.py), then encode the corpus with it.

Training: split the text into words with a regex (a word keeps its
leading space), count them, and repeatedly merge the most frequent
adjacent symbol pair (ties go to the larger pair), updating the pair
counts incrementally through an index from pair to the words that hold
it.  Encoding applies merges in rank order to each distinct word, with a
cache.
"""

import os
import re

import harness

HERE = os.path.dirname(os.path.abspath(__file__))
MERGES = 400
SPLIT = re.compile(r" ?[A-Za-z]+| ?[0-9]+| ?[^\sA-Za-z0-9]+|\s+")

with open(os.path.join(HERE, "corpus.txt")) as _f:
    CORPUS = _f.read()


def word_counts(text):
    counts = {}
    for w in SPLIT.findall(text):
        counts[w] = counts.get(w, 0) + 1
    return counts


def add_pairs(symbols, freq, wid, stats, where):
    for i in range(len(symbols) - 1):
        pair = (symbols[i], symbols[i + 1])
        stats[pair] = stats.get(pair, 0) + freq
        holders = where.get(pair)
        if holders is None:
            where[pair] = holders = set()
        holders.add(wid)


def remove_pairs(symbols, freq, stats):
    for i in range(len(symbols) - 1):
        pair = (symbols[i], symbols[i + 1])
        left = stats[pair] - freq
        if left:
            stats[pair] = left
        else:
            del stats[pair]


def merge_word(symbols, a, b):
    out = []
    i = 0
    n = len(symbols)
    joined = a + b
    while i < n:
        if i < n - 1 and symbols[i] == a and symbols[i + 1] == b:
            out.append(joined)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def train(text, merges):
    counts = word_counts(text)
    words = sorted(counts)
    freqs = [counts[w] for w in words]
    symbols = [list(w) for w in words]
    stats = {}
    where = {}
    for wid in range(len(words)):
        add_pairs(symbols[wid], freqs[wid], wid, stats, where)
    learned = []
    for _ in range(merges):
        if not stats:
            break
        best = None
        best_count = 0
        for pair, count in stats.items():
            if count > best_count or (count == best_count and pair > best):
                best = pair
                best_count = count
        a, b = best
        learned.append(best)
        for wid in sorted(where.pop(best)):
            old = symbols[wid]
            if len(old) < 2:
                continue
            new = merge_word(old, a, b)
            if len(new) == len(old):
                continue
            remove_pairs(old, freqs[wid], stats)
            symbols[wid] = new
            add_pairs(new, freqs[wid], wid, stats, where)
        stats.pop(best, None)
    return learned


def encoder(learned):
    ranks = {}
    for i, pair in enumerate(learned):
        ranks[pair] = i
    cache = {}

    def encode_word(word):
        got = cache.get(word)
        if got is not None:
            return got
        symbols = list(word)
        while len(symbols) > 1:
            best = None
            best_rank = len(ranks)
            for i in range(len(symbols) - 1):
                r = ranks.get((symbols[i], symbols[i + 1]))
                if r is not None and r < best_rank:
                    best = i
                    best_rank = r
            if best is None:
                break
            symbols = merge_word(symbols, symbols[best], symbols[best + 1])
        cache[word] = symbols
        return symbols
    return encode_word


def run_once():
    learned = train(CORPUS, MERGES)
    encode_word = encoder(learned)
    tokens = 0
    vocab = set()
    for w in SPLIT.findall(CORPUS):
        pieces = encode_word(w)
        tokens += len(pieces)
        vocab.update(pieces)
    return learned, tokens, len(vocab)


def checksum(pairs):
    h = 0
    for a, b in pairs:
        for ch in a + "\x00" + b + "\x01":
            h = (h * 131 + ord(ch)) % 1000000007
    return h


EXPECTED = ([(" ", "t"), (" t", "r"), ("a", "n")], 815562676, 10914, 397)


def check(result):
    learned, tokens, vocab = result
    harness.expect(len(learned), MERGES, "merges learned")
    for a, b in learned:
        if not a or not b:
            raise harness.CheckFailed("empty symbol in a merge")
    harness.expect((learned[:3], checksum(learned), tokens, vocab), EXPECTED,
                   "(first merges, merge checksum, tokens, vocabulary)")


if __name__ == "__main__":
    harness.main("bpe_tokeniser", run_once, check=check)
