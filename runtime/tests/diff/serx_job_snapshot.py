"""Checkpointing a text-processing pipeline: rules hold regexes, callbacks and buffers."""
import copy
import functools
import io
import pickle
import re


def normalise(text, *, width, fill=" "):
    return text.strip().ljust(width, fill)


class Rule:
    def __init__(self, name, pattern, transform, flags=0):
        self.name = name
        self.regex = re.compile(pattern, flags)
        self.transform = transform
        self.hits = 0

    def apply(self, line):
        def repl(m):
            self.hits += 1
            return self.transform(m.group(0))
        return self.regex.sub(repl, line)


class Pipeline:
    def __init__(self, rules):
        self.rules = rules
        self.log = io.StringIO()
        self.raw = io.BytesIO()
        self.history = None  # a linked list of (line, previous)

    def feed(self, line):
        for rule in self.rules:
            line = rule.apply(line)
        self.log.write(line + "\n")
        self.raw.write(line.encode("utf-8") + b"\0")
        self.history = (line, self.history)
        return line

    def depth(self):
        n, node = 0, self.history
        while node is not None:
            n, node = n + 1, node[1]
        return n


def build():
    return Pipeline([
        Rule("shout", r"\bhello\b", str.upper, re.IGNORECASE),
        Rule("pad", r"\[(\w+)\]", functools.partial(normalise, width=8, fill="."), 0),
        Rule("trim", rb"x".decode(), str.strip),
        Rule("digits", r"\d+", functools.partial(str.replace, old="7", new="seven") if False else str.swapcase),
    ])


pipe = build()
for line in ["Hello world [tag]", "say HELLO to 7 [ok]", "nothing here", "hello, hello [x]"]:
    print(repr(pipe.feed(line)))
print([(r.name, r.hits) for r in pipe.rules])

for proto in (2, 3, 4, 5):
    blob = pickle.dumps(pipe, proto)
    clone = pickle.loads(blob)
    print(proto, clone.rules[0].regex, clone.rules[0].regex.flags & re.IGNORECASE != 0)
    print("  ", clone.rules[0].transform is str.upper, type(clone.rules[1].transform).__name__,
          clone.rules[1].transform.keywords)
    print("  ", repr(clone.log.getvalue()[:30]), clone.log.tell(), clone.raw.getvalue().count(b"\0"))
    clone.feed("hello again [z]")
    print("  ", repr(clone.log.getvalue().splitlines()[-1]), len(pipe.log.getvalue().splitlines()))
    print("  ", clone.depth(), pipe.depth(), [r.hits for r in clone.rules])

snap = copy.deepcopy(pipe)
snap.log.write("only in the copy\n")
snap.raw.seek(0)
print(repr(pipe.log.getvalue()[-20:]), repr(snap.log.getvalue()[-20:]))
print(snap.raw.read(11), pipe.raw.tell() > 0, snap.rules[0].regex is pipe.rules[0].regex)
shallow = copy.copy(pipe)
print(shallow.log is pipe.log, shallow.rules is pipe.rules)

buf = io.StringIO("a\nb\n")
buf.readline()
buf2 = copy.copy(buf)
print(repr(buf2.read()), repr(buf.read()), buf2.tell())
bio = io.BytesIO(b"0123456789")
bio.seek(4)
bio2 = pickle.loads(pickle.dumps(bio)) if False else copy.deepcopy(bio)
bio2.write(b"__")
print(bio.getvalue(), bio2.getvalue(), bio.tell(), bio2.tell())

for _ in range(400):
    pipe.feed("hello")
print(pipe.depth())
deep = pickle.loads(pickle.dumps(pipe.history))
n = 0
while deep is not None:
    n, deep = n + 1, deep[1]
print("history restored:", n)

for bad in (memoryview(b"abc"), pipe.rules[0].apply.__code__):
    try:
        pickle.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(pickle.loads(pickle.dumps([str.lower, bytes.hex, int.__add__])) == [str.lower, bytes.hex, int.__add__])
print(list(map(pickle.loads(pickle.dumps(str.title)), ["ab cd", "x"])))
print(pickle.loads(pickle.dumps(re.compile(rb"(\d+)-(\d+)"))).findall(b"1-2 30-40"))

# a pipeline that keeps an open file cannot be checkpointed
import os
import struct
import tempfile

pipe.history = None
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "out.log")
    for mode in ("w", "rb", "ab"):
        with open(path, mode) as fh:
            pipe.sink = fh
            for action in (pickle.dumps, copy.deepcopy, copy.copy):
                try:
                    action(pipe.sink if action is copy.copy else pipe)
                    print(mode, action.__name__, "ok")
                except TypeError as e:
                    print(mode, action.__name__, "TypeError:", e)
    del pipe.sink
    with open(path, "rb", buffering=0) as raw:
        try:
            pickle.dumps({"raw": raw})
        except TypeError as e:
            print("TypeError:", e)
for thing in (struct.Struct("<HI"), type(iter(range(0)))):
    try:
        print(len(pickle.dumps(thing)))
    except TypeError as e:
        print("TypeError:", e)
    except pickle.PicklingError as e:
        print(type(e).__module__, type(e).__name__, e)
try:
    copy.deepcopy({"fmt": struct.Struct("<d")})
except TypeError as e:
    print("TypeError:", e)
