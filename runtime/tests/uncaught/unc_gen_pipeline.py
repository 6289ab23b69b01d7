# A log-processing pipeline built from generators chained with `yield from`;
# a malformed record fails deep inside, and a cleanup step in a finally block
# raises its own error, so the traceback shows implicit chaining.


class ParseError(ValueError):
    def __init__(self, lineno, text):
        super().__init__(lineno, text)
        self.lineno = lineno
        self.text = text

    def __str__(self):
        return f"line {self.lineno}: cannot parse {self.text!r}"


def read_lines(blob):
    for n, raw in enumerate(blob.splitlines(), 1):
        raw = raw.strip()
        if raw and not raw.startswith("#"):
            yield n, raw


def parse(lines):
    for n, raw in lines:
        level, _, msg = raw.partition(":")
        if not msg:
            raise ParseError(n, raw)
        yield level.strip().upper(), msg.strip()


def only(levels, records):
    for level, msg in records:
        if level in levels:
            yield level, msg


def chunks(blobs):
    for blob in blobs:
        yield from parse(read_lines(blob))


class Sink:
    def __init__(self):
        self.seen = []
        self.closed = False

    def write(self, item):
        self.seen.append(item)

    def close(self):
        if len(self.seen) > 2:
            raise RuntimeError(f"sink overflow after {len(self.seen)} records")
        self.closed = True


def run(blobs):
    sink = Sink()
    try:
        for level, msg in only({"WARN", "ERROR"}, chunks(blobs)):
            print(f"[{level}] {msg}")
            sink.write(msg)
    finally:
        sink.close()
    return sink.seen


good = """
# startup
info: booting
warn: disk at 91%
error: fan stalled
"""
print(run([good]) if False else "skipping dry run")
print(sorted(m for _, m in parse(read_lines(good))))
bad = """
warn: cache cold
error: retry limit
warn: slow query
this line has no separator
"""
print(run([good, bad]))
