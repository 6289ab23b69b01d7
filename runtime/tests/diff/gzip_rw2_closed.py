import gzip
import io
buf = io.BytesIO()
g = gzip.GzipFile(fileobj=buf, mode='wb', mtime=0)
print(g.closed)
g.write(b'hello')
g.close()
print(g.closed)
for op in (lambda: g.write(b'x'), lambda: g.read(), lambda: g.flush(), lambda: g.seek(0)):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
r = gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue()))
print(r.read(), r.closed)
r.close()
print(r.closed)
for args in ((5,), (6,), (0, 1), (0, 2)):
    try:
        print(args, g.seek(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb', mtime=0)
w.write(b'abc')
print(w.seek(2000), w.seek(10, 1), w.tell())
for args in ((1,), (0, 2)):
    try:
        w.seek(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
w.close()
