import base64, io, binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe\xfd' * 30]
for s in samples[:7]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s),
          base64.b85encode(s), base64.a85encode(s), base64.urlsafe_b64encode(s))
for s in samples:
    checks = [
        base64.b64decode(base64.b64encode(s)) == s,
        base64.b32decode(base64.b32encode(s)) == s,
        base64.b32hexdecode(base64.b32hexencode(s)) == s,
        base64.b16decode(base64.b16encode(s)) == s,
        base64.b85decode(base64.b85encode(s)) == s,
        base64.a85decode(base64.a85encode(s)) == s,
        base64.decodebytes(base64.encodebytes(s)) == s,
        base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s,
        base64.standard_b64decode(base64.standard_b64encode(s)) == s,
    ]
    print(len(s), all(checks))
print(base64.encodebytes(bytes(range(100))))
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode('-__-', altchars='-_'))
print(base64.b64decode(b'Zm9v\nYmFy'), base64.b64decode('Zm9v!YmFy'))
for args, kw in [((b'Zm9v!YmFy',), {'validate': True}), ((b'Zm9',), {}), (('é',), {}), ((3,), {}),
                 ((b'abc',), {'altchars': b'-'})]:
    try:
        print(base64.b64decode(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'MZXW6===', map01=None))
print(base64.b32decode(b'0I======', map01=b'L'), base64.b32decode(b'0I======', map01=b'I'))
for bad in [b'MZXW6', b'MZXW6===!', b'M=======', b'MZXW6YQ=', b'MZ=W6===', b'MZXW6', b'AAAAAAA=']:
    try:
        print(base64.b32decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b16decode(b'666f6f', casefold=True), base64.b16decode('666F6F'))
for bad in [b'666f6f', b'6', b'GG']:
    try:
        print(base64.b16decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.a85encode(b'hello world', wrapcol=5, adobe=True))
print(base64.a85encode(b'\0\0\0\0    xyz', foldspaces=True), base64.a85encode(b'abc', pad=True))
print(base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85decode(b'z y', foldspaces=True))
print(base64.a85decode(b'87cUR D]i,"E bo80', ignorechars=b' '))
for bad, kw in [(b'<~abc', {'adobe': True}), (b'abcz', {}), (b'y', {}), (b'{{{{{', {}), (b's8W-"', {})]:
    try:
        print(base64.a85decode(bad, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b85encode(b'hello', pad=True), base64.b85decode(b'Xk~0{Zv'))
for bad in [b'|NsC0~', b'{{{{{', b'a']:
    try:
        print(base64.b85decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b64encode(bytearray(b'ba')), base64.b64encode(memoryview(b'mv')), base64.b32encode(bytearray(b'x')))
for fn in (base64.b64encode, base64.b32encode, base64.b16encode, base64.b85encode, base64.a85encode, base64.encodebytes):
    try:
        fn('text')
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
try:
    base64.decodebytes('text')
except TypeError as e:
    print(type(e).__name__, e)
inp = io.BytesIO(bytes(range(200)))
out = io.BytesIO()
base64.encode(inp, out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, hasattr(base64, 'Error'))
print(sorted(base64.__all__))
