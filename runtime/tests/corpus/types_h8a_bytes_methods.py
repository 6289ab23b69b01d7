data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: test/1.0\r\nAccept: */*\r\n\r\nbody=1&x=2"
head, sep, body = data.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, path, proto = lines[0].split(b" ")
print(method, path, proto, sep, body)
headers = {}
for line in lines[1:]:
    k, _, v = line.partition(b":")
    headers[k.strip().lower().decode()] = v.strip().decode("ascii")
print(sorted(headers.items()))
print(dict(kv.split(b"=") for kv in body.split(b"&")))

b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(b"! "), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b.replace(b"l", b"L", 2), b.split(), b.split(b","), b.rsplit(b" ", 2), b.center(21, b"*"), b.ljust(19, b"."), b.zfill(20))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"Abc Def".istitle(), b"\x80".isascii())
print(b"a\tb\tc".expandtabs(4), b"line1\nline2\r\nline3".splitlines(), b"line1\nline2".splitlines(True))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"hello".translate(None, b"l"))
tbl = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc xyz".translate(tbl), len(tbl), tbl[97:100])
print(b"x".join(b"abc"[i:i + 1] for i in range(3)), bytes(3), bytes([65, 66]), bytes(range(3)), bytes.fromhex("41 42"))
print(b"abc"[1], b"abc"[1:], b"abc"[::-1], list(b"hi"), b"a" * 3, b"a" + b"b", b"b" in b"abc", 98 in b"abc")
print(b"%05.1f|%-4d|%s|%b" % (3.14159, 7, b"x", b"y"), b"%(k)s" % {b"k": b"v"})
print(b"hello".hex(), b"hello".hex(":"), b"hello".hex("-", 2), b"hello".hex(" ", -2))
print(b"abc" < b"abd", b"abc" < b"ab", b"" < b"a", b"a" == bytearray(b"a"), hash(b"a") == hash(b"a"))
print(b"\x00\x7f\x80\xff".decode("latin-1"), repr(b"\x00\x7f\x80\xff"), repr(b"'\""), repr(b"'"), repr(b'"'))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"x,y,,z".split(b",", 2), b"a b".partition(b"z"), b"a b".rpartition(b" "))

ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD!"
print(ba, len(ba))
ba.extend(b" ok")
ba.append(33)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("!"))
print(ba, ba.find(b"W"), ba.upper(), bytes(ba))
del ba[5:]
print(ba, ba * 2, ba + b"?", ba.reverse(), ba)
ba2 = bytearray(5)
ba2[1::2] = b"xy"
print(ba2, bytearray(b"abc").hex(), bytearray.fromhex("ff00"), bytearray(range(65, 70)))
for bad in ["ba.append(256)", "ba[0] = -1", "bytes([300])", "b'a' + 'b'", "bytearray('x')", "b'abc'.index(b'z')", "bytes.fromhex('zz')", "b'%d' % b'1'"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(f"{bad:<22} {type(e).__name__}: {e}")
mv = memoryview(b"abcdef")
print(mv[1:4].tobytes(), mv[0], mv.nbytes, mv.readonly, bytes(mv[::2]), mv.tolist()[:3])
mb = memoryview(bytearray(b"xyz"))
mb[0] = ord("X")
print(mb.obj, mb.tobytes(), len(mb))
print(int.from_bytes(b"\x12\x34", "big"), hex(int.from_bytes(b"\x12\x34", "little")), (0x1234).to_bytes(2, "little"))
checksum = sum(data) & 0xFF
print(checksum, bytes([checksum]).hex(), sum(data) % 256 == checksum)
print(bytes(b"%b" % b"x"), bytes("é", "utf-8").decode(), "é".encode()[0], "é".encode()[1:])
print(sorted(set(data.split())) [:5], max(data), min(body))
