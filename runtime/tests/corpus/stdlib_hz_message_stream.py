"""A compressed message channel: JSON messages are deflated with a shared preset
dictionary and a sync flush after each one, framed with a length and an Adler-32,
sent through a socket-like pipe in odd-sized pieces, and inflated on the other side
with a bounded output buffer."""

import json
import struct
import zlib

SHARED_DICT = json.dumps({"type": "event", "user": "", "action": "", "payload": {},
                          "timestamp": 0, "ok": True}).encode()


class Sender:
    def __init__(self, level):
        self.comp = zlib.compressobj(level, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY,
                                     SHARED_DICT)
        self.sent = 0

    def frame(self, message):
        body = json.dumps(message, sort_keys=True).encode()
        data = self.comp.compress(body) + self.comp.flush(zlib.Z_SYNC_FLUSH)
        self.sent += len(body)
        return struct.pack(">IIB", len(data), zlib.adler32(body), 0) + data

    def close(self):
        tail = self.comp.flush(zlib.Z_FINISH)
        return struct.pack(">IIB", len(tail), 1, 1) + tail


class Receiver:
    def __init__(self, limit):
        self.decomp = zlib.decompressobj(-15, SHARED_DICT)
        self.pending = b""
        self.limit = limit
        self.messages = []
        self.rounds = 0
        self.finished = False

    def feed(self, data):
        self.pending += data
        while len(self.pending) >= 9:
            size, check, last = struct.unpack(">IIB", self.pending[:9])
            if len(self.pending) < 9 + size:
                return
            body = self.pending[9:9 + size]
            self.pending = self.pending[9 + size:]
            out = b""
            while body:
                out += self.decomp.decompress(body, self.limit)
                body = self.decomp.unconsumed_tail
                self.rounds += 1
            if last:
                out += self.decomp.flush()
                self.finished = self.decomp.eof
                continue
            if zlib.adler32(out) != check:
                raise ValueError("checksum mismatch")
            self.messages.append(json.loads(out))


def events(n):
    users = ["ada", "grace", "linus", "guido", "barbara"]
    actions = ["login", "view", "edit", "logout"]
    for i in range(n):
        yield {"type": "event", "user": users[i % 5], "action": actions[i * 7 % 4],
               "payload": {"page": i % 11, "tags": ["t%d" % (i % 3)] * (i % 4)},
               "timestamp": 1700000000 + i * 37, "ok": i % 9 != 0}


for level, piece, limit in ((1, 7, 16), (6, 64, 100), (9, 1000, 4096)):
    sender = Sender(level)
    wire = b"".join(sender.frame(m) for m in events(40)) + sender.close()
    receiver = Receiver(limit)
    for i in range(0, len(wire), piece):
        receiver.feed(wire[i:i + piece])
    ok = receiver.messages == list(events(40))
    print("level %d: %d bytes of JSON -> %d on the wire (%.1f%%), pieces of %d, %d inflate rounds, intact=%s, finished=%s"
          % (level, sender.sent, len(wire), 100.0 * len(wire) / sender.sent, piece,
             receiver.rounds, ok, receiver.finished))
    print("   wire crc32 %08x" % zlib.crc32(wire))

# Without the dictionary the same stream cannot be read.
sender = Sender(6)
wire = sender.frame({"type": "event", "user": "x"})
try:
    zlib.decompressobj(-15).decompress(wire[9:])
    print("decoded without dictionary?")
except zlib.error as e:
    print("no dictionary:", e)

# A corrupted frame is caught by the checksum or by zlib.
sender = Sender(6)
frames = [sender.frame(m) for m in events(3)]
bad = bytearray(frames[1])
bad[12] ^= 0x20
receiver = Receiver(64)
receiver.feed(frames[0])
try:
    receiver.feed(bytes(bad))
    print("accepted corrupted frame")
except (ValueError, zlib.error) as e:
    print("corruption:", type(e).__name__, e)
print("messages before corruption:", len(receiver.messages))

# Copying the compressor forks the stream: both branches decode after the shared part.
sender = Sender(9)
common = sender.frame({"type": "event", "user": "fork"})
branch = sender.comp.copy()
a = sender.comp.compress(b'{"side": "a"}') + sender.comp.flush()
b = branch.compress(b'{"side": "b"}') + branch.flush()
for tail in (a, b):
    d = zlib.decompressobj(-15, SHARED_DICT)
    print(d.decompress(common[9:] + tail)[-13:], d.eof)
