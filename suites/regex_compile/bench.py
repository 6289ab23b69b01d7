"""Regex compile: compile a fixed list of varied regular expressions with
the re module's cache emptied first (re.purge), so every round runs the
whole parser and compiler.  Checks group counts of the compiled patterns.
"""

import re

import harness

ROUNDS = 3


def make_patterns():
    """Many distinct patterns built from pattern fragments."""
    atoms = [r"\d+", r"[a-z_][a-z0-9_]*", r"\s*", r"'[^']*'", r'"[^"]*"',
             r"[A-Z]{2,5}", r"(?:0x)?[0-9a-f]+", r"\w+@\w+\.(?:com|org)",
             r"(?P<year>\d{4})-(?P<mon>\d\d)", r"[^\W\d]+", r"(ab|cd)*?",
             r"(?i:hello|world)", r"\b\w{3}\b", r"(?=foo)f", r"(?<!x)y",
             r"[\u00e0-\u00ff]+", r"(a|b|c|d|e|f)+", r"x{2,}?", r".",
             r"(\()?\d+(?(1)\))"]
    seps = [r"", r"\s+", r",\s*", r"[;:]", r"|"]
    out = []
    for i, a in enumerate(atoms):
        for j, b in enumerate(atoms):
            if i == j and "?P<" in a:
                continue          # a group name may not repeat
            sep = seps[(i + j) % len(seps)]
            if i % 3 == 0:
                out.append("(%s)%s(%s)" % (a, sep, b))
            elif i % 3 == 1:
                out.append("^%s%s(?:%s)$" % (a, sep, b))
            else:
                out.append("%s%s%s" % (a, sep, b))
    return out


PATTERNS = make_patterns()


def run_once():
    total_groups = 0
    for _ in range(ROUNDS):
        re.purge()
        total_groups = 0
        for p in PATTERNS:
            total_groups += re.compile(p).groups
    return len(PATTERNS), total_groups


EXPECTED = (399, 476)


def check(result):
    harness.expect(result, EXPECTED, "(patterns, total groups)")


if __name__ == "__main__":
    harness.main("regex_compile", run_once, check=check)
