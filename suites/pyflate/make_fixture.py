"""Writes the pyflate fixtures: fixture.txt.bz2 and fixture.txt.gz hold the
same deterministic, prose-like text.  Run once on CPython (it needs the bz2
and gzip modules, which the benchmark itself does not use):

    /usr/bin/python3.11 suites/pyflate/make_fixture.py

It also prints the length and CRC-32 that bench.py checks against.
"""

import bz2
import gzip
import io
import os
import random
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vo", "pel", "dri", "on", "su",
             "ga", "fen", "tor", "bli", "ux", "ra", "no", "se", "quil", "da"]


def make_text(seed=2024, size=60000):
    rng = random.Random(seed)
    words = []
    for _ in range(400):
        n = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        words.append("".join(rng.choice(SYLLABLES) for _ in range(n)))
    out = []
    length = 0
    while length < size:
        sentence = [rng.choice(words) for _ in range(rng.randrange(4, 15))]
        sentence[0] = sentence[0].capitalize()
        if rng.random() < 0.2:
            sentence.insert(rng.randrange(1, len(sentence)), "%d" %
                            rng.randrange(1000))
        text = " ".join(sentence) + rng.choice([".", ".", ".", "?", "!"])
        if rng.random() < 0.15:
            text += "\n\n"
        else:
            text += " "
        # the occasional long run, to exercise bzip2's run-length stage
        if rng.random() < 0.02:
            text += rng.choice("-=*.") * rng.randrange(4, 300) + "\n"
        out.append(text)
        length += len(text)
    return "".join(out)[:size].encode("ascii")


def main():
    data = make_text()
    with open(os.path.join(HERE, "fixture.txt.bz2"), "wb") as f:
        f.write(bz2.compress(data, 9))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="fixture.txt", mode="wb", fileobj=buf,
                       mtime=0, compresslevel=9) as g:
        g.write(data)
    with open(os.path.join(HERE, "fixture.txt.gz"), "wb") as f:
        f.write(buf.getvalue())
    print("length", len(data), "crc32", zlib.crc32(data))


if __name__ == "__main__":
    main()
