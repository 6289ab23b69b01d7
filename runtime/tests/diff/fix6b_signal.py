# signal: numbers, enums, the handler table and raise_signal running Python handlers.
import signal
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(6), signal.Signals(17).name, signal.Signals(29).name, signal.SIGIOT is signal.SIGABRT, int(signal.SIGUSR1), signal.NSIG)
print(signal.SIG_DFL, repr(signal.SIG_IGN), signal.SIG_BLOCK, repr(signal.SIG_SETMASK), signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__, frame.f_code.co_name))
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
def fire():
    signal.raise_signal(signal.SIGUSR1)
fire()
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler, signal.getsignal(signal.SIGUSR1))
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.signal(signal.SIGUSR1, 0)), repr(signal.getsignal(signal.SIGUSR1)))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
for bad in [lambda: signal.signal(0, handler), lambda: signal.signal(99, handler), lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(signal.SIGTERM, "x"), lambda: signal.getsignal(-1), lambda: signal.signal(signal.SIGSTOP, signal.SIG_IGN), lambda: signal.strsignal(0)]:
    try:
        print(bad())
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
print([signal.strsignal(s) for s in (1, 2, 9, 11, 15, 34, 64, 17)], signal.strsignal(signal.SIGUSR2))
vs = signal.valid_signals()
print(len(vs), signal.SIGINT in vs, 40 in vs, 32 in vs, sorted(vs)[:3])
print(signal.alarm(0), [s.name for s in signal.Signals][:8], len(signal.Signals), signal.Signals.__module__ if False else "")
signal.signal(signal.SIGTERM, lambda s, f: print("term", s))
signal.raise_signal(signal.SIGTERM)
