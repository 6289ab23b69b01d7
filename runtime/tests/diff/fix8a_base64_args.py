# base64 and the hex/base64 codecs: which argument types they take, and the exact TypeError
# text each layer gives.
import base64
import codecs

encoders = [base64.b64encode, base64.standard_b64encode, base64.urlsafe_b64encode,
            base64.b32encode, base64.b16encode, base64.b85encode, base64.a85encode,
            base64.encodebytes]
decoders = [base64.b64decode, base64.urlsafe_b64decode, base64.b32decode, base64.b16decode,
            base64.b85decode, base64.a85decode, base64.decodebytes]
for f in encoders:
    for x in ["s", memoryview(b"ab"), bytearray(b"ab"), 3]:
        try:
            print(f.__name__, f(x))
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
for f in decoders:
    for x in ["YWI=", memoryview(b"YWI="), 3, "é"]:
        try:
            print(f.__name__, f(x))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__ + ":", e)
for x in ["616263", "é", "zz", 5, "YWJj", b"YWJj", bytearray(b"6162"), memoryview(b"6162")]:
    for c in ["hex", "base64"]:
        for fn in (codecs.decode, codecs.encode):
            try:
                print(type(x).__name__, repr(x)[:6], c, fn.__name__, fn(x, c))
            except (TypeError, ValueError) as e:
                print(type(x).__name__, repr(x)[:6], c, fn.__name__, type(e).__name__ + ":", e)
