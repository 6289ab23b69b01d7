import base64

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

datas = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe', b'    ', b'\0\0\0\0\0']
for d in datas:
    e64 = base64.b64encode(d)
    print(e64, base64.b64decode(e64) == d, base64.urlsafe_b64encode(d), base64.b64encode(d, b'-_'))
    print(' ', base64.b32encode(d), base64.b32decode(base64.b32encode(d)) == d, base64.b32hexencode(d),
          base64.b32hexdecode(base64.b32hexencode(d)) == d)
    print(' ', base64.b16encode(d), base64.b16decode(base64.b16encode(d)) == d)
    print(' ', base64.b85encode(d), base64.b85encode(d, pad=True), base64.b85decode(base64.b85encode(d)) == d)
    print(' ', base64.a85encode(d), base64.a85encode(d, foldspaces=True), base64.a85decode(base64.a85encode(d)) == d)
    print(' ', base64.encodebytes(d) if len(d) < 100 else len(base64.encodebytes(d)), base64.decodebytes(base64.encodebytes(d)) == d)
print(base64.a85encode(bytes(range(100)), wrapcol=20, adobe=True), base64.a85decode(b'<~9jqo^~>', adobe=True))
print(base64.a85decode(b'y', foldspaces=True), base64.a85decode(b'z 9 j\nqo'), base64.standard_b64encode(b'hi'), base64.standard_b64decode('aGk='))
bad = [lambda: base64.b64decode(b'abc'), lambda: base64.b64decode(b'ab!c', validate=True), lambda: base64.b64decode(b'ab!cde=='),
       lambda: base64.b64decode('a'), lambda: base64.b64decode(b'abcde'), lambda: base64.b64decode('\xe9'),
       lambda: base64.b64encode('x'), lambda: base64.b64decode(12), lambda: base64.b32decode(b'abc'),
       lambda: base64.b32decode(b'MFRGG==='), lambda: base64.b32decode(b'mfrgg===', casefold=True),
       lambda: base64.b32decode(b'MFRGG=A='), lambda: base64.b32decode(b'MFRGG==='.lower()),
       lambda: base64.b32decode(b'M1RGG===', map01=b'L'), lambda: base64.b32decode(b'MFRGGZ=='),
       lambda: base64.b16decode(b'0g'), lambda: base64.b16decode(b'abc'), lambda: base64.b16decode(b'ab'),
       lambda: base64.b16decode(b'ab', casefold=True), lambda: base64.b16decode(b'ABC'), lambda: base64.b16decode('0A'),
       lambda: base64.b64decode(b'ab=c'), lambda: base64.b64decode(b'=abc'), lambda: base64.b64decode(b'abc=d'),
       lambda: base64.b64decode(b'a===', validate=True), lambda: base64.b64decode(b'ab==', validate=True),
       lambda: base64.b64decode(b'ab=', validate=True), lambda: base64.b64decode(b'abcd=', validate=True),
       lambda: base64.b64decode(b'YWJj\nZGVm'), lambda: base64.b64decode(b'ab==cd=='),
       lambda: base64.b64decode(b'=abc', validate=True), lambda: base64.b64decode(b'ab==c', validate=True),
       lambda: base64.b64decode(b'ab=c', validate=True), lambda: base64.b64decode(b'ab===', validate=True),
       lambda: base64.b64decode(b'a=b=', validate=True), lambda: base64.b64decode(b'ab\ncd', validate=True),
       lambda: base64.b64decode(b'ab-_', altchars=b'-_'), lambda: base64.urlsafe_b64decode('ab-_'),
       lambda: base64.b64encode(b'x', b'-'), lambda: base64.b64decode(bytearray(b'aGk=')),
       lambda: base64.b85decode(b'|NsC0|'), lambda: base64.b85decode(b'ab"c'), lambda: base64.a85decode(b'abcvx'),
       lambda: base64.a85decode(b'ab z'), lambda: base64.a85decode(b'9jqo', adobe=True), lambda: base64.a85decode(b's8W-"')]
for f in bad:
    t(f)
print(issubclass(base64.Error, ValueError) if hasattr(base64, 'Error') else 'noattr')
