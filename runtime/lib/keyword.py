"""Python's keywords and soft keywords (the keyword module)."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

# The hard keywords of Python 3.11, in sorted order as CPython lists them.
kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

# Words that are keywords only in some contexts (match statements).
softkwlist = ['_', 'case', 'match']

# Bound __contains__ methods, as CPython exposes them (so e.g. iskeyword([]) raises TypeError).
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
