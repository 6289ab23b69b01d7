import os, tempfile
f = tempfile.NamedTemporaryFile("w+", suffix=".txt")
print(f.delete, f.name.endswith(".txt"), f.closed, type(f.file).__name__)
with f as g:
    print(g is f)
    g.write("abc\nde\n")
    g.seek(0)
    print(list(g))
print(f.closed, os.path.exists(f.name))
f.close()
k = tempfile.NamedTemporaryFile(delete=False)
with k:
    k.write(b"keep")
print(os.path.exists(k.name), open(k.name, "rb").read())
os.remove(k.name)
k.close()
class Boom(Exception): pass
try:
    with tempfile.NamedTemporaryFile() as h:
        name = h.name
        raise Boom("inside")
except Boom as e:
    print("raised", e, os.path.exists(name))
