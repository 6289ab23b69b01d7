"""Regex effbot-style: a table of small regular expressions (alternation,
anchors, groups, backreferences, greedy ".*" scans, repeated groups)
searched against short and long subject strings with re.search and
re.match, after compiling once.  Counts the successful matches and the
total matched length."""

import re

import harness

ROUNDS = 4

PATTERNS = [
    r"Python|Perl",
    r"Python|Perl$",
    r"(Python|Perl)",
    r"(?:Python|Perl)",
    r"Python",
    r"Python$",
    r".*Python",
    r".*Python.*",
    r".*(Python)",
    r".*(?:Python)",
    r"Python|Perl|Tcl",
    r"Python|Perl|Tcl$",
    r"(Python|Perl|Tcl)",
    r"(?:Python|Perl|Tcl)",
    r"(Python)\1",
    r"(Python)\1$",
    r"([0a-z][a-z0-9]*,)+",
    r"(?:[0a-z][a-z0-9]*,)+",
    r"([a-z][a-z0-9]*,)+",
    r"(?:[a-z][a-z0-9]*,)+",
    r".*P.*y.*t.*h.*o.*n.*",
    r"\d{2,4}-\d{2}-\d{2}",
    r"[A-Z][a-z]+ [A-Z][a-z]+",
    r"(\w+)@(\w+)\.com",
]


def subjects():
    pieces = []
    for n in (0, 10, 100, 1000):
        filler = "-" * n
        pieces.append(filler + "Python")
        pieces.append(filler + "Perl" + filler)
        pieces.append(filler + "PythonPython" + filler)
        pieces.append("a5,b7,c9," * (n // 10 + 1) + "!")
        pieces.append("x" * n + "P y t h o n" + "x" * n)
        pieces.append(("on 2023-04-05 Ada Lovelace wrote to ada@example.com"
                       + " ") * (n // 50 + 1))
    return pieces


COMPILED = [re.compile(p) for p in PATTERNS]
SUBJECTS = subjects()


def run_once():
    found = 0
    span = 0
    for _ in range(ROUNDS):
        found = 0
        span = 0
        for rx in COMPILED:
            for s in SUBJECTS:
                m = rx.search(s)
                if m is not None:
                    found += 1
                    span += m.end() - m.start()
                m = rx.match(s)
                if m is not None:
                    found += 1
                    span += m.end() - m.start()
    return found, span


EXPECTED = (272, 41124)


def check(result):
    harness.expect(result, EXPECTED, "(matches, matched characters)")


if __name__ == "__main__":
    harness.main("regex_effbot", run_once, check=check)
