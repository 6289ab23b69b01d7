# linecache (coding cookies, a file changed on disk and checkcache, sys.path lookup of a
# relative name, pseudo-files) and platform's basic answers.
import linecache, os, sys, tempfile, platform
d = tempfile.mkdtemp()
p = os.path.join(d, "src.py")
with open(p, "w", encoding="latin-1") as f:
    f.write("# -*- coding: latin-1 -*-\nx = 'caf\xe9'\nlast = 1")
print(repr(linecache.getline(p, 2)), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 9)), repr(linecache.getline(p, 0)))
print(len(linecache.getlines(p)), p in linecache.cache, linecache.getlines("<string>"), linecache.getline("/no/such/file", 1) == "")
with open(p, "w") as f:
    f.write("changed\n")
print(repr(linecache.getline(p, 1)))
linecache.checkcache(p)
print(repr(linecache.getline(p, 1)))
linecache.clearcache(); print(linecache.cache)
sys.path.insert(0, d)
print(repr(linecache.getline("src.py", 1)))
print(linecache.lazycache("x.py", None), linecache.lazycache("<x>", {"__name__": "m"}))
print(platform.system(), platform.machine() == os.uname().machine, platform.python_version(), platform.python_version_tuple())
print(platform.uname().system, type(platform.architecture()), platform.architecture()[0])
