s = "héllo wörld, héllo"
for old, new, n in [("llo", "LO", -1), ("l", "", -1), ("é", "e", 1), ("", "-", -1), ("", "-", 3), ("x", "y", -1), ("héllo", "", 0), ("o", "oo", 2)]:
    r = s.replace(old, new, n); print(repr(r), len(r), r is s)
for sep in [",", "l", "ll", "ö", " ", "zz", "héllo"]:
    for m in [-1, 0, 1, 2]:
        print(sep, m, s.split(sep, m), s.rsplit(sep, m))
for sub in ["l", "llo", "ö", "", "zz", "o w"]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 10), s.count(sub, 2, 12))
print("a,b,,c,".split(","), ",".split(","), "".split(","), "abc".replace("", "."))
try: "a".split("")
except ValueError as e: print(e)
