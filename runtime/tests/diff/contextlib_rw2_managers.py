import contextlib, io, os, sys, asyncio, tempfile

@contextlib.contextmanager
def tag(name):
    """Wraps in a tag."""
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)

print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__, type(tag("x")).__name__)
with tag("b") as t:
    print(t)

@contextlib.asynccontextmanager
async def atag(name):
    yield name * 2

print(atag.__name__, atag.__qualname__, type(atag("y")).__name__)
async def main():
    async with atag("ab") as v:
        print(v)
asyncio.run(main())

s = contextlib.suppress(KeyError, IndexError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(KeyError, KeyError(), None),
      s.__exit__(ValueError, ValueError(), None))
with s:
    {}["x"]
print("suppressed")
try:
    with contextlib.suppress():
        [][1]
except IndexError as e:
    print(type(e).__name__, e)

buf1, buf2 = io.StringIO(), io.StringIO()
r = contextlib.redirect_stdout(buf1)
with r:
    print("one")
    with contextlib.redirect_stdout(buf2):
        print("two")
    with r:
        print("again")
print(repr(buf1.getvalue()), repr(buf2.getvalue()), sys.stdout is sys.__stdout__)
err = io.StringIO()
with contextlib.redirect_stderr(err) as got:
    print("e", file=sys.stderr)
print(got is err, repr(err.getvalue()))

start = os.getcwd()
d1 = tempfile.mkdtemp()
c = contextlib.chdir(d1)
print(c.path == d1, c._old_cwd)
with c:
    print(os.getcwd() == os.path.realpath(d1))
    with c:
        print(len(c._old_cwd))
print(os.getcwd() == start)
os.rmdir(d1)
with contextlib.nullcontext(5) as n:
    print(n)
class Thing:
    def close(self): print("closed")
with contextlib.closing(Thing()) as th:
    print(type(th).__name__)
