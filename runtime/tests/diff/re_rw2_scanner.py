import re
sc = re.Scanner([
    (r"[a-z]+", lambda s, t: ("word", t, s.match.span())),
    (r"\d+", lambda s, t: int(t)),
    (r"\s+", None),
    (r",", ","),
    (r"=", lambda s, t: None),
])
print(sc.scan("abc 12,de = 7 ?rest"))
print(sc.scan(""))
e = re.error("bad thing", "ab\ncd", 4)
print(e.msg, repr(e.pattern), e.pos, e.lineno, e.colno, str(e))
e = re.error("plain")
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
try:
    re.compile("a(b")
except re.error as err:
    print(err.msg, err.pos, err)
print(re.__all__[:3], len(re.__all__), re.__version__)
