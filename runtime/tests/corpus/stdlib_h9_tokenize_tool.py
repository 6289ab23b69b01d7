"""A small source-analysis tool built on tokenize: statistics, comment
stripping, identifier renaming and a simple line-length report."""
import io
import keyword
import token
import tokenize
from collections import Counter

SAMPLE = '''\
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring."""
import os, sys  # imports

CONSTANT = 0x_FF + 1_000 * 2.5e-3


class Stack:
    """A tiny stack."""

    def __init__(self, items=None):
        self.items = list(items or [])  # copy

    def push(self, item):
        self.items.append(item)
        return self

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def __repr__(self):
        return f"Stack({self.items!r})"


def total(values, *, start=0):
    result = start
    for v in values:
        result += v  # accumulate
    return result if result >= 0 else -result


if __name__ == "__main__":
    s = Stack([1, 2,
               3])
    print(s.push(4), total([1, 2, 3]), \\
          CONSTANT)
'''


def token_stats(src):
    counts = Counter()
    ops = Counter()
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        counts[token.tok_name[tok.type]] += 1
        if tok.type == token.OP:
            ops[token.tok_name[tok.exact_type]] += 1
    return counts, ops


def strip_comments(src):
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == tokenize.COMMENT:
            continue
        out.append(tok)
    return tokenize.untokenize(out)


def strip_docstrings(src):
    result = []
    prev = tokenize.INDENT
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == tokenize.STRING and prev in (tokenize.INDENT, tokenize.NEWLINE, tokenize.NL):
            # replace docstring with 'pass'-free placeholder keeping positions
            tok = tok._replace(string='""')
            end = (tok.start[0], tok.start[1] + 2)
            tok = tok._replace(end=end)
        if tok.type not in (tokenize.NL, tokenize.COMMENT):
            prev = tok.type
        result.append(tok)
    return tokenize.untokenize(result)


def rename(src, mapping):
    toks = []
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == tokenize.NAME and tok.string in mapping:
            toks.append((tok.type, mapping[tok.string]))
        else:
            toks.append((tok.type, tok.string))
    return tokenize.untokenize(toks)


def identifiers(src):
    names = Counter()
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == tokenize.NAME and not keyword.iskeyword(tok.string):
            names[tok.string] += 1
    return names


def logical_lines(src):
    lines = []
    current = []
    first = None
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            continue
        if first is None:
            first = tok.start[0]
        if tok.type == tokenize.NEWLINE:
            lines.append((first, tok.end[0], " ".join(t.string for t in current)))
            current = []
            first = None
        else:
            current.append(tok)
    return lines


counts, ops = token_stats(SAMPLE)
print("token kinds:")
for name, n in sorted(counts.items()):
    print("  %-10s %3d" % (name, n))
print("operators:", sorted(ops.items()))

print("--- without comments ---")
print(strip_comments(SAMPLE))
print("--- without docstrings ---")
print(strip_docstrings(SAMPLE))
print("--- renamed (compat) ---")
print(rename(SAMPLE, {"Stack": "Pile", "items": "elems", "total": "sum_all"}))
print("--- identifiers ---")
for name, n in identifiers(SAMPLE).most_common(8):
    print(" ", name, n)
print("--- logical lines spanning several physical lines ---")
for a, b, text in logical_lines(SAMPLE):
    if b > a:
        print(" ", a, b, text)

print("--- bytes round trip ---")
data = SAMPLE.encode("utf-8")
toks = list(tokenize.tokenize(io.BytesIO(data).readline))
print(toks[0])
back = tokenize.untokenize(toks)
print(type(back).__name__, back == data, len(toks))

print("--- error handling ---")
for bad in ["def f(:\n  x = (1,\n", "s = '''never closed\n", "if x:\n      a\n  b\n"]:
    try:
        n = sum(1 for _ in tokenize.generate_tokens(io.StringIO(bad).readline))
        print("ok", n)
    except tokenize.TokenError as e:
        msg, (line, col) = e.args
        print("TokenError at %d:%d: %s" % (line, col, msg))
    except IndentationError as e:
        print("IndentationError line %d: %s" % (e.lineno, e.msg))

print("--- tokens of a one-liner ---")
for tok in tokenize.generate_tokens(io.StringIO("x = {'a': [1, 2.0j]}  # note").readline):
    print("%-10s %-12r %s-%s" % (token.tok_name[tok.exact_type], tok.string, tok.start, tok.end))
