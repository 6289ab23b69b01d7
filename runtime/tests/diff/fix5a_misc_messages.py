# io detach on in-memory files; list.sort's argument-count message; bytes.hex(None).
import io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: io.StringIO().detach())
t(lambda: io.BytesIO().detach())
t(lambda: [].sort("a", "b", "c"))
t(lambda: [].sort("a"))
t(lambda: [].sort(key=None, reverse=False, x=1))
t(lambda: [].sort(1, key=None))
t(lambda: [3, 1].sort(key=None, reverse=True))
t(lambda: b"ab".hex(None))
t(lambda: bytearray(b"ab").hex(None))
t(lambda: memoryview(b"ab").hex(None))
t(lambda: b"ab".hex(sep=None))
t(lambda: b"abc".hex(":", 2))
