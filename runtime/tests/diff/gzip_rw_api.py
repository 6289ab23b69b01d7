import gzip, io, os, tempfile, warnings

data = b''.join(b'line %d of the test data\n' % i for i in range(300))
blob = gzip.compress(data, mtime=0)
print(len(blob), blob[:10], gzip.decompress(blob) == data)
print(gzip.compress(b'', mtime=0), gzip.compress(b'abc', compresslevel=1, mtime=123)[:10])
print(gzip.decompress(blob + gzip.compress(b'tail', mtime=0))[-10:])
for bad in [b'', b'not gzip at all', blob[:20], blob[:-4], b'\x1f\x8b\x09' + blob[3:]]:
    try:
        print(len(gzip.decompress(bad)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    gzip.decompress(blob[:-8] + b'\0\0\0\0' + blob[-4:])
except gzip.BadGzipFile as e:
    print(type(e).__name__, e, isinstance(e, OSError))

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'x.gz')
with gzip.GzipFile(path, 'wb', mtime=0) as f:
    print(type(f).__name__, f.mode, f.name == path, f.writable(), f.readable(), f.seekable())
    print(f.write(data[:100]), f.write(memoryview(data[100:200])), f.tell())
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(10, 2)
    except ValueError as e:
        print(type(e).__name__, e)
    f.seek(250)
    print(f.tell())
with open(path, 'rb') as raw:
    head = raw.read(10)
print(head[:4], head[4:8], head[9])
with gzip.open(path) as f:
    got = f.read()
    print(len(got), got[200:250], f.mode)
with gzip.GzipFile(path) as f:
    print(f.read(5), f.peek(3)[:3], f.read1(4), f.readline(), f.tell())
    f.seek(50); print(f.read(10), f.tell())
    f.seek(-5, 1); print(f.read(5))
    f.rewind(); print(f.read(4), f.mtime)
    try:
        f.seek(0, 2)
    except ValueError as e:
        print(type(e).__name__, e)
    print(f.fileno() >= 0, f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)

# append mode makes a second member
with gzip.open(path, 'ab') as f:
    f.write(b'APPENDED')
with gzip.open(path, 'rb') as f:
    print(f.read()[-20:])
# x mode
try:
    gzip.open(path, 'xb')
except FileExistsError as e:
    print(type(e).__name__)
# text mode
tpath = os.path.join(tmp, 't.gz')
with gzip.open(tpath, 'wt', encoding='utf-8', newline='\n') as f:
    f.write('héllo\nwörld\n')
with gzip.open(tpath, 'rt', encoding='utf-8') as f:
    print(type(f).__name__, f.readlines())
with gzip.open(tpath, 'rt', encoding='ascii', errors='replace') as f:
    print(f.read())
for args, kw in [((path, 'rtb'), {}), ((path, 'rb'), {'encoding': 'utf-8'}), ((path, 'wb'), {'errors': 'x'}),
                 ((path, 'rb'), {'newline': '\n'}), ((path, 'z'), {}), ((3.5,), {})]:
    try:
        gzip.open(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gzip.GzipFile(path, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    gzip.GzipFile()
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

# file objects
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=7, filename='inner.txt') as f:
    f.write(b'abc' * 10)
    f.flush()
raw = buf.getvalue()
print(raw[:20], len(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(), f.mtime, repr(f.name))
g = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(repr(g).startswith('<gzip '), g.readable(), g.writable())
print(list(g)[:1]); g.close(); g.close()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    h = gzip.GzipFile(path, 'rb')
    print(h.filename == path, [x.category.__name__ for x in w])
    h.close()
print(gzip.READ, gzip.WRITE, gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
with gzip.open(path, 'rb') as f:
    print(f.read(0), f.readinto(bytearray(5)), len(f.read(-1)))
# empty file
epath = os.path.join(tmp, 'e.gz')
open(epath, 'wb').close()
with gzip.open(epath) as f:
    print(f.read())
with gzip.open(epath + '2', 'wb') as f:
    pass
with gzip.open(epath + '2') as f:
    print(f.read(), os.path.getsize(epath + '2'))
# trailing zero padding is allowed
print(gzip.decompress(blob + b'\0' * 10) == data)
with gzip.GzipFile(fileobj=io.BytesIO(blob + b'\0' * 7)) as f:
    print(len(f.read()))
with gzip.GzipFile(fileobj=io.BytesIO(blob + b'garbage!')) as f:
    try:
        f.read()
    except gzip.BadGzipFile as e:
        print(type(e).__name__, e)
