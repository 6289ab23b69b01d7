# Packing the same files into gzip, tar and zip containers held in memory.
import gzip
import io
import tarfile
import zipfile
import zlib
import hashlib

files = {
    'docs/readme.md': b'# Title\n\nSome text.\n' * 5,
    'src/main.py': b'print("hello")\n',
    'data/blob.bin': bytes(range(256)) * 8,
    'empty.txt': b'',
}

# gzip with a fixed mtime so the output is stable
gz = gzip.compress(files['docs/readme.md'], compresslevel=9, mtime=0)
print('gzip', len(gz), gz[:10].hex(' '), gzip.decompress(gz) == files['docs/readme.md'])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=1234567890, filename='') as g:
    for name in sorted(files):
        g.write(files[name])
raw = buf.getvalue()
print('gzip stream', raw[:10].hex(' '), 'trailer', raw[-8:].hex(' '))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as g:
    first = g.read(7)
    rest = g.read()
    print(first, len(rest), g.mtime if hasattr(g, 'mtime') else None)
multi = gzip.compress(b'part1 ', mtime=0) + gzip.compress(b'part2', mtime=0)
print(gzip.decompress(multi))
try:
    gzip.decompress(b'\x1f\x8b\x08\x00garbage')
except (OSError, EOFError, zlib.error) as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(b'not gzip at all')
except OSError as e:
    print(type(e).__name__, e)

# tar
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode='w', format=tarfile.USTAR_FORMAT) as tar:
    for name in sorted(files):
        info = tarfile.TarInfo(name)
        info.size = len(files[name])
        info.mtime = 1_600_000_000
        info.mode = 0o644
        info.uname = info.gname = 'binx'
        tar.addfile(info, io.BytesIO(files[name]))
tdata = tbuf.getvalue()
print('tar', len(tdata), len(tdata) % 512, hashlib.md5(tdata).hexdigest())
print(tdata[:16], tdata[257:265], tdata[124:136])
with tarfile.open(fileobj=io.BytesIO(tdata)) as tar:
    for m in tar.getmembers():
        data = tar.extractfile(m).read()
        print(f'  {m.name:<16} {m.size:>5} {oct(m.mode)} {m.isfile()} {m.uname} {data == files[m.name]}')
    print(tar.getnames())

# zip with both stored and deflated members
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, 'w') as zf:
    for name in sorted(files):
        zi = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 3, 4, 6))
        zi.compress_type = zipfile.ZIP_DEFLATED if len(files[name]) > 100 else zipfile.ZIP_STORED
        zf.writestr(zi, files[name])
    zf.comment = b'built by binx'
zdata = zbuf.getvalue()
print('zip', len(zdata), zdata[:4], zdata[-22:-18], hashlib.sha1(zdata).hexdigest())
with zipfile.ZipFile(io.BytesIO(zdata)) as zf:
    print(zf.comment, zf.testzip())
    for zi in zf.infolist():
        print(f'  {zi.filename:<16} {zi.file_size:>5} {zi.compress_size:>5} {zi.compress_type} {zi.CRC:08x} {zi.date_time}')
        assert zf.read(zi) == files[zi.filename]
    with zf.open('src/main.py') as fh:
        print(fh.read())
    try:
        zf.read('missing')
    except KeyError as e:
        print('KeyError:', e)
bad = bytearray(zdata)
start = bad.index(b'# Title') if b'# Title' in bad else None
print('plain text visible in deflated member:', start is not None)
try:
    zipfile.ZipFile(io.BytesIO(b'PK\x03\x04 truncated'))
except zipfile.BadZipFile as e:
    print('BadZipFile:', e)
print(zipfile.is_zipfile(io.BytesIO(zdata)), zipfile.is_zipfile(io.BytesIO(tdata)), tarfile.is_tarfile(io.BytesIO(tdata)))
