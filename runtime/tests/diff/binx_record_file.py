# A fixed-size record database in a real binary file: append, update in place, scan with readinto.
import os
import struct
import tempfile
import zlib

REC = struct.Struct('<I16sdHxx')  # id, name, balance, flags + padding
HEAD = struct.Struct('<8sII')     # magic, record count, crc of all records


def init(path):
    with open(path, 'wb') as f:
        f.write(HEAD.pack(b'RECDB\x00\x01\x00', 0, 0))


def append(path, rid, name, balance, flags=0):
    raw_name = name.encode('utf-8')[:16]
    with open(path, 'r+b') as f:
        magic, count, _ = HEAD.unpack(f.read(HEAD.size))
        f.seek(0, os.SEEK_END)
        f.write(REC.pack(rid, raw_name, balance, flags))
        f.seek(0)
        f.write(HEAD.pack(magic, count + 1, 0))
    return count + 1


def scan(path):
    buf = bytearray(REC.size)
    view = memoryview(buf)
    with open(path, 'rb') as f:
        magic, count, crc = HEAD.unpack(f.read(HEAD.size))
        for i in range(count):
            n = f.readinto(view)
            if n != REC.size:
                raise IOError(f'short record {i}: {n} bytes')
            rid, name, bal, flags = REC.unpack(buf)
            yield i, rid, name.rstrip(b'\0').decode(), bal, flags


def update_balance(path, index, delta):
    off = HEAD.size + index * REC.size + 20
    with open(path, 'r+b') as f:
        f.seek(off)
        (bal,) = struct.unpack('<d', f.read(8))
        f.seek(-8, os.SEEK_CUR)
        f.write(struct.pack('<d', bal + delta))
        return f.tell()


def seal(path):
    with open(path, 'r+b') as f:
        head = f.read(HEAD.size)
        body = f.read()
        magic, count, _ = HEAD.unpack(head)
        f.seek(0)
        f.write(HEAD.pack(magic, count, zlib.crc32(body)))
        return zlib.crc32(body)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'accounts.db')
    init(db)
    print('empty size', os.path.getsize(db))
    for rid, name, bal in [(1, 'alice', 100.0), (2, 'bob', -5.5), (3, 'carol-with-a-very-long-name', 1e6), (4, 'dävid', 0.1)]:
        print('count', append(db, rid, name, bal, flags=rid % 2))
    print('size', os.path.getsize(db), HEAD.size + 4 * REC.size)
    for row in scan(db):
        print(row)
    print('pos after update', update_balance(db, 1, 10.25), update_balance(db, 3, 0.2))
    crc = seal(db)
    print('crc', crc)
    with open(db, 'rb') as f:
        data = f.read()
    print(data[:HEAD.size].hex(' '), len(data))
    for line in range(0, 48, 16):
        print(f'{line:04x}', data[HEAD.size + line:HEAD.size + line + 16].hex(' '))
    for row in scan(db):
        print(row)
    # truncate in the middle of a record and scan again
    with open(db, 'r+b') as f:
        print('truncate ->', f.truncate(HEAD.size + 2 * REC.size + 7))
    try:
        for row in scan(db):
            print('partial', row[:3])
    except IOError as e:
        print(type(e).__name__, e)
    # reading through a buffered reader in chunks
    with open(db, 'rb', buffering=16) as f:
        print(f.peek(4)[:4], f.read(3), f.read1(5), f.tell(), f.raw.tell() >= f.tell())
        chunks = iter(lambda: f.read(10), b'')
        print([len(c) for c in chunks])
    with open(db, 'rb', buffering=0) as raw:
        print(type(raw).__name__, raw.read(4), raw.readall()[:4], raw.mode)
    with open(db, 'ab') as f:
        print(f.tell(), f.write(b'tail'), f.tell(), f.mode)
    print(sorted(os.listdir(tmp)), os.path.getsize(db))
    for mode in ('rb', 'wb'):
        try:
            with open(db, mode) as f:
                f.write(b'x') if mode == 'rb' else f.read()
        except OSError as e:
            print(mode, type(e).__name__, e)
    try:
        open(db, 'rbw')
    except ValueError as e:
        print('ValueError:', e)
    try:
        open(db, 'rb', encoding='utf-8')
    except ValueError as e:
        print('ValueError:', e)
