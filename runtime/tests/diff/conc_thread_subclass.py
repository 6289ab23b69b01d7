"""Thread subclasses computing checksums; names, idents, state and repr."""
import threading
import hashlib
import zlib
import re


class ChecksumWorker(threading.Thread):
    registry = []

    def __init__(self, label, payload, algo="sha256"):
        super().__init__(name=f"cksum-{label}")
        self.label = label
        self.payload = payload
        self.algo = algo
        self.digest = None
        self.seen_name = None
        self.seen_current = None

    def run(self):
        me = threading.current_thread()
        self.seen_name = me.name
        self.seen_current = me is self
        if self.algo == "crc32":
            self.digest = format(zlib.crc32(self.payload), "08x")
        else:
            self.digest = hashlib.new(self.algo, self.payload).hexdigest()[:16]
        ChecksumWorker.registry.append(self.label)


payloads = {
    "alpha": b"hello world",
    "beta": b"",
    "gamma": bytes(range(256)),
    "delta": b"x" * 1000,
}
workers = []
for algo in ("sha256", "md5", "crc32"):
    for label, data in sorted(payloads.items()):
        workers.append(ChecksumWorker(f"{label}-{algo}", data, algo))

w0 = workers[0]
print("before start:", w0.is_alive(), w0.ident is None, w0.native_id is None)
print("repr initial:", repr(w0))
print("daemon default:", w0.daemon, w0.isDaemon())
for w in workers:
    w.start()
for w in workers:
    w.join()
print("repr stopped:", re.sub(r"stopped \d+", "stopped N", repr(w0)))
print("after join alive:", any(w.is_alive() for w in workers))
print("ident set:", all(isinstance(w.ident, int) for w in workers))
for w in sorted(workers, key=lambda w: w.label):
    print(f"{w.label:14s} {w.digest} name_ok={w.seen_name == w.name} current_ok={w.seen_current}")
print("registry:", sorted(ChecksumWorker.registry) == sorted(w.label for w in workers))

# Errors on misuse
try:
    w0.start()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = ChecksumWorker("fresh", b"")
try:
    fresh.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w0.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)


class Broken(threading.Thread):
    def __init__(self):
        pass

try:
    Broken().start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Broken().name
except AssertionError as e:
    print("AssertionError:", e)

# Default names
t1 = threading.Thread(target=len, args=("x",))
t2 = threading.Thread()
def my_job():
    pass
t3 = threading.Thread(target=my_job, daemon=True)
import re
norm = lambda s: re.sub(r"\d+", "N", s)
print(norm(t1.name), norm(t2.name), norm(t3.name), t3.daemon)
t3.name = 12345
print("renamed:", t3.name, type(t3.name).__name__)
t3.setName("worker")
print(t3.getName(), repr(t3))

main = threading.main_thread()
print("main:", main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print("active:", threading.active_count(), [t.name for t in threading.enumerate()])
print("get_ident matches:", threading.get_ident() == main.ident)
