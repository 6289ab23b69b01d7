"""Regex DNA: the Benchmarks Game "regex-dna" task on a generated FASTA
file.  The input is made at import time with the "fasta" generator's
linear congruential random numbers (seed 42) from the IUB-code and Homo
sapiens nucleotide frequencies.  The benchmark strips the headers and
newlines with re.sub, counts nine 8-mer variants (and their reverse
complements) with re.findall, and expands IUB codes with re.sub."""

import re

import harness

LINE = 60
IM = 139968
IA = 3877
IC = 29573


class FastaRandom(object):
    def __init__(self, seed=42):
        self.last = seed

    def next(self, top):
        self.last = (self.last * IA + IC) % IM
        return top * self.last / IM


IUB = [("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27),
       ("B", 0.02), ("D", 0.02), ("H", 0.02), ("K", 0.02), ("M", 0.02),
       ("N", 0.02), ("R", 0.02), ("S", 0.02), ("V", 0.02), ("W", 0.02),
       ("Y", 0.02)]
HOMO_SAPIENS = [("a", 0.3029549426680), ("c", 0.1979883004921),
                ("g", 0.1975473066391), ("t", 0.3015094502008)]


def random_fasta(header, table, n, rng, out):
    chars = [c for c, _ in table]
    cumulative = []
    acc = 0.0
    for _, p in table:
        acc += p
        cumulative.append(acc)
    out.append(header + "\n")
    line = []
    for i in range(n):
        r = rng.next(1.0)
        k = 0
        while k < len(cumulative) - 1 and r >= cumulative[k]:
            k += 1
        line.append(chars[k])
        if len(line) == LINE:
            out.append("".join(line) + "\n")
            line = []
    if line:
        out.append("".join(line) + "\n")


def make_input(n=25000):
    rng = FastaRandom()
    out = []
    random_fasta(">TWO IUB ambiguity codes", IUB, n * 3, rng, out)
    random_fasta(">THREE Homo sapiens frequency", HOMO_SAPIENS, n * 5, rng,
                 out)
    return "".join(out)


INPUT = make_input()

VARIANTS = [
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
]

SUBST = [("B", "(c|g|t)"), ("D", "(a|g|t)"), ("H", "(a|c|t)"),
         ("K", "(g|t)"), ("M", "(a|c)"), ("N", "(a|c|g|t)"), ("R", "(a|g)"),
         ("S", "(c|g)"), ("V", "(a|c|g)"), ("W", "(a|t)"), ("Y", "(c|t)")]


def run_once(text=INPUT):
    seq = re.sub(">.*\n|\n", "", text)
    counts = [(v, len(re.findall(v, seq))) for v in VARIANTS]
    expanded = seq
    for code, alternatives in SUBST:
        expanded = re.sub(code, alternatives, expanded)
    return counts, len(text), len(seq), len(expanded)


EXPECTED = ([2, 7, 19, 16, 27, 7, 6, 9, 11], 283380)


def check(result):
    counts, total, clean, expanded = result
    harness.expect(total, len(INPUT), "input length")
    harness.expect(clean, 25000 * 8, "sequence length")
    harness.expect(([c for _, c in counts], expanded), EXPECTED,
                   "(variant counts, expanded length)")


if __name__ == "__main__":
    harness.main("regex_dna", run_once, check=check)
