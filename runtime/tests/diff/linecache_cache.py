# linecache: reading with a coding line, the cache and checkcache, pseudo-names, sys.path
# lookup, lazy loader sources, and the source lines tracebacks show.
import linecache, os, sys, tempfile, time
d = tempfile.mkdtemp()
p = os.path.join(d, "mod_lc.py")
with open(p, "w") as f:
    f.write("# -*- coding: latin-1 -*-\nx = 1\ny = 2")
print(repr(linecache.getline(p, 2)), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 9)), repr(linecache.getline(p, 0)))
print(len(linecache.getlines(p)), p in linecache.cache, linecache.cache[p][2])
with open(p, "a") as f:
    f.write("\nz = 3\n")
os.utime(p, (time.time() + 5, time.time() + 5))
linecache.checkcache(p)
print(p in linecache.cache, linecache.getlines(p))
print(linecache.getlines("<string>"), linecache.getlines(""), linecache.getline("/nonexistent/zz.py", 1) == "")
sys.path.insert(0, d)
print(linecache.getline("mod_lc.py", 2), end="")
import mod_lc
print(linecache.lazycache("fake_lazy.py", {"__name__": "fake", "__loader__": type("L", (), {"get_source": staticmethod(lambda n: "a\nb")})()}))
print(linecache.getlines("fake_lazy.py"), linecache.cache["fake_lazy.py"][:2])
os.remove(p)
linecache.checkcache()
print(p in linecache.cache, "fake_lazy.py" in linecache.cache)
linecache.clearcache(); print(linecache.cache)
import traceback
def boom():
    raise ValueError("x")
try:
    boom()
except ValueError:
    print(traceback.format_exc().splitlines()[-2].strip())
