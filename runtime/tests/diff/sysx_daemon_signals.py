"""A fake daemon main loop driven by signals it sends itself: SIGHUP reloads config,
SIGUSR1 dumps stats, SIGUSR2 toggles debug, SIGTERM asks for a graceful stop."""
import os
import signal
import sys


class Daemon:
    def __init__(self):
        self.config_version = 1
        self.debug = False
        self.running = True
        self.events = []
        self.ticks = 0
        self.previous = {}

    def install(self):
        table = {
            signal.SIGHUP: self.on_reload,
            signal.SIGUSR1: self.on_stats,
            signal.SIGUSR2: self.on_toggle,
            signal.SIGTERM: self.on_term,
        }
        for sig, handler in table.items():
            self.previous[sig] = signal.signal(sig, handler)

    def restore(self):
        for sig, old in self.previous.items():
            signal.signal(sig, old)

    def on_reload(self, signum, frame):
        self.config_version += 1
        self.events.append(f"reload -> v{self.config_version}")

    def on_stats(self, signum, frame):
        self.events.append(f"stats: ticks={self.ticks} debug={self.debug} in {frame.f_code.co_name}")

    def on_toggle(self, signum, frame):
        self.debug = not self.debug
        self.events.append(f"debug {'on' if self.debug else 'off'}")

    def on_term(self, signum, frame):
        self.events.append(f"{signal.Signals(signum).name}: stopping")
        self.running = False

    def tick(self, schedule):
        self.ticks += 1
        for sig in schedule.get(self.ticks, ()):
            os.kill(os.getpid(), sig)

    def run(self, schedule, limit=50):
        while self.running and self.ticks < limit:
            self.tick(schedule)
        return self.ticks


d = Daemon()
d.install()
print("previous handlers:", sorted((signal.Signals(k).name, str(v)) for k, v in d.previous.items()))
schedule = {
    2: [signal.SIGUSR1],
    3: [signal.SIGHUP, signal.SIGHUP],
    5: [signal.SIGUSR2, signal.SIGUSR1],
    8: [signal.SIGUSR2],
    9: [signal.SIGTERM],
}
ticks = d.run(schedule)
print("stopped after", ticks, "ticks")
for e in d.events:
    print("  ", e)
d.restore()
print("restored:", all(signal.getsignal(s) == signal.SIG_DFL for s in d.previous))

print("== raise_signal ==")
hits = []
signal.signal(signal.SIGUSR1, lambda n, f: hits.append(signal.strsignal(n)))
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print(hits)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored twice, still alive; hits", len(hits))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

print("== handler raising ==")


class Reload(Exception):
    pass


def raising(signum, frame):
    raise Reload(signal.Signals(signum).name)


signal.signal(signal.SIGHUP, raising)
for attempt in range(3):
    try:
        if attempt == 1:
            os.kill(os.getpid(), signal.SIGHUP)
        print("attempt", attempt, "completed")
    except Reload as exc:
        print("attempt", attempt, "interrupted by", exc)
signal.signal(signal.SIGHUP, signal.SIG_DFL)

print("== KeyboardInterrupt via SIGINT ==")
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt as exc:
    print("KeyboardInterrupt", repr(exc))
print("SIGPIPE default ignored:", signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGPIPE)
print("still here after SIGPIPE")

print("== introspection ==")
print(signal.Signals.SIGTERM, repr(signal.Signals(2)), signal.Signals["SIGHUP"].value)
print(signal.SIGTERM.name, int(signal.SIGKILL), signal.SIGCHLD == 17)
print(signal.SIG_DFL, signal.SIG_IGN, repr(signal.SIG_IGN), int(signal.SIG_IGN))
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGKILL), signal.strsignal(signal.SIGSEGV))
valid = signal.valid_signals()
print(signal.SIGUSR1 in valid, signal.SIGKILL in valid, len([s for s in valid if isinstance(s, signal.Signals)]) > 20)
print(signal.NSIG, signal.SIGRTMIN < signal.SIGRTMAX)
print(callable(signal.getsignal(signal.SIGINT)), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
for bad in (0, signal.NSIG, -1):
    try:
        signal.getsignal(bad)
    except ValueError as exc:
        print("getsignal", bad, "ValueError", exc)
for sig in (signal.SIGKILL, signal.SIGSTOP):
    try:
        signal.signal(sig, signal.SIG_IGN)
    except OSError as exc:
        print(sig.name, "OSError", exc.errno, exc.strerror)
sys.stdout.flush()
