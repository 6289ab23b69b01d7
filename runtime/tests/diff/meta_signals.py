import weakref
import functools
import gc

class Signal:
    """Descriptor: each instance gets its own bound signal; receivers held weakly."""
    def __set_name__(self, owner, name):
        self.name = name
        self.attr = f"_signal_{name}"

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.attr]
        except KeyError:
            bs = obj.__dict__[self.attr] = BoundSignal(self.name, obj)
            return bs

    def __set__(self, obj, value):
        raise AttributeError(f"cannot replace signal {self.name!r}")

class BoundSignal:
    def __init__(self, name, owner):
        self.name = name
        self.owner_ref = weakref.ref(owner)
        self.receivers = []

    def connect(self, fn=None, *, once=False):
        if fn is None:
            return functools.partial(self.connect, once=once)
        if hasattr(fn, "__self__") and hasattr(fn, "__func__"):
            ref = weakref.WeakMethod(fn, self._cleanup)
        else:
            try:
                ref = weakref.ref(fn, self._cleanup)
            except TypeError:
                ref = lambda fn=fn: fn
        self.receivers.append((ref, once))
        return fn

    def _cleanup(self, dead):
        before = len(self.receivers)
        self.receivers = [(r, o) for r, o in self.receivers if r is not dead]
        print(f"  [{self.name}] dropped dead receiver ({before} -> {len(self.receivers)})")

    def emit(self, *args, **kwargs):
        results = []
        keep = []
        for ref, once in self.receivers:
            fn = ref()
            if fn is None:
                continue
            try:
                results.append(fn(self.owner_ref(), *args, **kwargs))
            except Exception as e:
                results.append(f"{type(e).__name__}: {e}")
            if not once:
                keep.append((ref, once))
        self.receivers = keep
        return results

    def __len__(self):
        return sum(1 for r, _ in self.receivers if r() is not None)

    def __repr__(self):
        return f"<BoundSignal {self.name} receivers={len(self)}>"

class Button:
    clicked = Signal()
    hovered = Signal()
    def __init__(self, label):
        self.label = label
    def __repr__(self):
        return f"Button({self.label!r})"

class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []
    def on_click(self, sender, *args):
        line = f"{self.prefix}: {sender!r} clicked {args}"
        self.lines.append(line)
        return line

ok = Button("ok")
cancel = Button("cancel")
print(ok.clicked, ok.clicked is ok.clicked, ok.clicked is cancel.clicked, Button.clicked.name)

log = Logger("main")
ok.clicked.connect(log.on_click)

@ok.clicked.connect
def shout(sender, *args):
    return f"SHOUT {sender.label.upper()}"

@ok.clicked.connect(once=True)
def first_only(sender, *args):
    return "first click only"

ok.clicked.connect(lambda s, *a: 1 / 0)
ok.clicked.connect(print)

print(len(ok.clicked), len(cancel.clicked))
for r in ok.clicked.emit(1, 2):
    print("  ->", r)
print(ok.clicked)
for r in ok.clicked.emit():
    print("  ->", r)

print("deleting logger")
del log
gc.collect()
print(ok.clicked, [r for r in ok.clicked.emit("x") if r is not None])

try:
    ok.clicked = None
except AttributeError as e:
    print(type(e).__name__, e)

ref_to_button = weakref.ref(cancel)
sig = cancel.hovered
del cancel
gc.collect()
print(ref_to_button(), sig.owner_ref(), sig.emit())

wm = weakref.WeakMethod(Logger("tmp").on_click)
gc.collect()
print(wm(), type(wm).__name__)
try:
    weakref.WeakMethod(shout)
except TypeError as e:
    print(type(e).__name__, e)

cache = weakref.WeakValueDictionary()
class Res:
    def __init__(self, key): self.key = key
    def __repr__(self): return f"Res({self.key})"
keep = [Res(i) for i in range(4)]
for r in keep:
    cache[r.key] = r
print(sorted(cache.keys()))
del keep[1:3]
gc.collect()
print(sorted(cache.keys()), cache.get(1), cache.get(3))
ws = weakref.WeakSet(keep)
print(len(ws), Res(9) in ws, keep[0] in ws)
proxy = weakref.proxy(keep[0])
print(proxy.key, repr(proxy.key), type(proxy).__name__)
del keep[0]
gc.collect()
try:
    proxy.key
except ReferenceError as e:
    print(type(e).__name__, e)
ok.clicked.receivers.clear()
print("done", len(ok.clicked))
