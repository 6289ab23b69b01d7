"""Service lifecycle: signal handlers, atexit hooks and environment config,
checked in child interpreters so exit-time behaviour is visible."""
import os
import signal
import subprocess
import sys
import textwrap


def child(code, env=None):
    p = subprocess.run([sys.executable, "-c", textwrap.dedent(code)],
                       capture_output=True, text=True, env=env)
    return p.returncode, p.stdout, p.stderr


print("== signal in-process ==")
received = []


def on_usr1(signum, frame):
    received.append(("usr1", signum == signal.SIGUSR1, frame is not None))


def on_usr2(signum, frame):
    received.append(("usr2", signal.Signals(signum).name))


old = signal.signal(signal.SIGUSR1, on_usr1)
print("old handler is default:", old == signal.SIG_DFL)
signal.signal(signal.SIGUSR2, on_usr2)
print("getsignal same:", signal.getsignal(signal.SIGUSR1) is on_usr1)
for sig in (signal.SIGUSR1, signal.SIGUSR2, signal.SIGUSR1):
    os.kill(os.getpid(), sig)
print(received)
print(signal.Signals.SIGUSR1.name, int(signal.SIGINT), signal.SIGTERM.value == 15)
print(isinstance(signal.SIGUSR1, int), repr(signal.SIGUSR1))
prev = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print("prev is ours:", prev is on_usr1)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored ok, received count", len(received))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.signal(9999, signal.SIG_IGN)
except ValueError as exc:
    print("ValueError", exc)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as exc:
    print("OSError", exc.errno)
try:
    signal.signal(signal.SIGUSR1, "nope")
except TypeError as exc:
    print("TypeError", exc)


class Shutdown(Exception):
    pass


def raiser(signum, frame):
    raise Shutdown(f"got {signal.Signals(signum).name}")


signal.signal(signal.SIGUSR2, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for _ in range(1000):
        pass
    print("not interrupted?")
except Shutdown as exc:
    print("handler raised:", exc)
finally:
    signal.signal(signal.SIGUSR2, signal.SIG_DFL)

print("== atexit order ==")
rc, out, err = child("""
    import atexit, sys
    def hook(name, *, final=False):
        print("exit hook", name, "final" if final else "")
    atexit.register(hook, "first")
    atexit.register(hook, "second", final=True)
    @atexit.register
    def third():
        print("third runs first")
    def removed():
        print("should not run")
    atexit.register(removed)
    atexit.register(removed)
    atexit.unregister(removed)
    print("main done")
    sys.exit(3)
""")
print(rc, out.splitlines(), err)

rc, out, err = child("""
    import atexit
    def bad():
        raise ValueError("hook failed")
    def good():
        print("good hook still runs")
    atexit.register(good)
    atexit.register(bad)
    print("body")
""")
print(rc, out.splitlines(), err.strip().splitlines()[-1])

rc, out, err = child("""
    import atexit, os
    atexit.register(print, "never")
    print("before _exit", flush=True)
    os._exit(0)
""")
print(rc, out.splitlines())

rc, out, err = child("""
    import atexit
    atexit.register(print, "after error")
    raise RuntimeError("main failed")
""")
print(rc, out.splitlines(), err.strip().splitlines()[-1])

rc, out, err = child("""
    import os, signal
    print("about to die", flush=True)
    os.kill(os.getpid(), signal.SIGTERM)
    print("unreachable")
""")
print("killed by SIGTERM:", rc == -signal.SIGTERM, out.splitlines())

print("== environment ==")
os.environ["SYSX_MODE"] = "debug"
os.environ.setdefault("SYSX_LEVEL", "3")
os.environ.setdefault("SYSX_LEVEL", "9")
print(os.environ["SYSX_MODE"], os.getenv("SYSX_LEVEL"), os.getenv("SYSX_MISSING", "dflt"))
print(os.environ.get("SYSX_MISSING"), "SYSX_MODE" in os.environ)
rc, out, err = child("import os; print(os.environ.get('SYSX_MODE'), os.environ.get('SYSX_LEVEL'))")
print("child sees:", out.strip())
os.putenv("SYSX_PUT", "raw")
print("putenv not in mapping:", "SYSX_PUT" in os.environ)
rc, out, err = child("import os; print(os.environ.get('SYSX_PUT'))")
print("child sees putenv:", out.strip())
os.unsetenv("SYSX_PUT")
del os.environ["SYSX_MODE"]
rc, out, err = child("import os; print(sorted(k for k in os.environ if k.startswith('SYSX')))")
print("after delete:", out.strip())
try:
    del os.environ["SYSX_MODE"]
except KeyError as exc:
    print("KeyError", exc)
try:
    os.environ["SYSX_BAD"] = 5
except TypeError as exc:
    print("TypeError", exc)
print(os.environ.pop("SYSX_LEVEL"), os.environ.pop("SYSX_LEVEL", "gone"))
custom = {"PATH": os.environ.get("PATH", ""), "ONLY_THIS": "1"}
rc, out, err = child("import os; print(sorted(k for k in os.environ if k in ('ONLY_THIS', 'HOME', 'SYSX_LEVEL')))", env=custom)
print("custom env:", out.strip())
env_copy = os.environ.copy()
print(type(env_copy).__name__, env_copy == dict(os.environ))
b = os.environb if hasattr(os, "environb") else None
os.environ["SYSX_B"] = "bytes"
print(b[b"SYSX_B"] if b is not None else None)
del os.environ["SYSX_B"]
print(b.get(b"SYSX_B") if b is not None else None)
