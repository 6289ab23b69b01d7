# fnmatch: translate() text, filter, fnmatch, fnmatchcase on str and bytes patterns.
import fnmatch
for pat in ["*.py", "a?c", "[!a-c]x", "[]]", "[a-", "**/x*y*z", "\\*", "[[:alpha:]]", "a*b*c*d"]:
    print(repr(fnmatch.translate(pat)))
names = ["a.py", "B.PY", "abc", "dx", "ax", "]", "xyz", "x1y2z"]
for pat in ["*.py", "*.PY", "?x", "[]]", "x*y*z", b"a*"]:
    if isinstance(pat, bytes):
        print(fnmatch.filter([n.encode() for n in names], pat), fnmatch.fnmatchcase(b"abc", pat))
    else:
        print(fnmatch.filter(names, pat), [fnmatch.fnmatch(n, pat) for n in names], fnmatch.fnmatchcase("A.py", pat))
try:
    fnmatch.fnmatch("a", 3)
except Exception as e:
    print(type(e).__name__)
