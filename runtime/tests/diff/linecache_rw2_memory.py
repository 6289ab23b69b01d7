# getlines: unreadable files give [], lazily registered and cached entries.
import linecache, os, tempfile

print(linecache.getlines("/nonexistent/zzz.py"))
print(linecache.getline("/nonexistent/zzz.py", 1) == "")
d = tempfile.mkdtemp()
p = os.path.join(d, "m.py")
with open(p, "w") as f:
    f.write("a = 1\nb = 2\n")
print(linecache.getlines(p), linecache.getline(p, 2), repr(linecache.getline(p, 9)))
with open(p, "w") as f:
    f.write("changed\n")
print(linecache.getlines(p))
linecache.checkcache(p)
print(linecache.getlines(p))
linecache.clearcache()
print(p in linecache.cache)
os.remove(p)
os.rmdir(d)

# Running out of memory while reading empties the whole cache and gives [].
linecache.cache["kept.py"] = (1, None, ["x\n"], "kept.py")
real = linecache.updatecache
def out_of_memory(*args):
    raise MemoryError
linecache.updatecache = out_of_memory
try:
    print(linecache.getlines("/other.py"), "kept.py" in linecache.cache)
finally:
    linecache.updatecache = real
